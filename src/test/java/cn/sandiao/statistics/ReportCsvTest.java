package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text cell that a spreadsheet would run as a formula is written as text (CSV injection). */
class ReportCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|true",
            "+1+1|true",
            "-2+3|true",
            "@SUM(A1)|true",
            "东村|false",
            "调解成功率|false"})
    void shouldKeepFormulasAsText(String text, boolean formula) {
        assertThat(ReportCsv.neutralised(text)).isEqualTo(formula ? "'" + text : text);
    }
}
