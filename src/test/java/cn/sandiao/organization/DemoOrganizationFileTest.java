package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed demo spreadsheet says what DemoOrganizationFile says, cell by cell. */
class DemoOrganizationFileTest {

    @Test
    void shouldHoldTheDemoOrganisation() throws IOException {
        OrganizationWorkbook.Content content = OrganizationWorkbook.read(Files.readAllBytes(DemoOrganizationFile.TARGET));

        assertThat(content.refused()).isEmpty();
        for (Map.Entry<OrganizationSheet, List<List<String>>> sheet : DemoOrganizationFile.rows().entrySet()) {
            assertThat(content.rows().get(sheet.getKey()).stream()
                    .map(row -> List.copyOf(row.cells().values())).toList())
                    .as(sheet.getKey().title()).isEqualTo(sheet.getValue());
        }
    }
}
