package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A county replaces a shipped template by putting one of the same name into its folder; no rebuild, no restart. */
class CountyTemplatesTest {

    @TempDir Path county;

    @Test
    void shouldUseTheCountysTemplateWhereItHasOneAndTheShippedOneElsewhere() throws Exception {
        DocumentTemplates templates = new DocumentTemplates(new DocumentProperties(county.toString(), "和", null, null));
        Map<String, Object> facts = Map.of("title", "人民调解受理登记表", "documentNo", "（2026）和人调字第7号",
                "committeeName", "东村人民调解委员会", "parties", java.util.List.of(), "readingCopy", false);

        assertThat(templates.fill(DocumentKind.ACCEPTANCE_REGISTER, facts)).contains("人民调解受理登记表",
                "（2026）和人调字第7号");

        Files.writeString(county.resolve("acceptance-register.html"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns:th="http://www.thymeleaf.org"><body><p th:text="${committeeName}">x</p>
                <p>本县格式</p></body></html>""");
        String filled = templates.fill(DocumentKind.ACCEPTANCE_REGISTER, facts);
        assertThat(filled).contains("东村人民调解委员会", "本县格式").doesNotContain("受理调解");

        Files.writeString(county.resolve("acceptance-register.html"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <html><body><p>本县格式第二版</p></body></html>""");
        assertThat(templates.fill(DocumentKind.ACCEPTANCE_REGISTER, facts)).as("read anew").contains("本县格式第二版");
        assertThat(templates.fill(DocumentKind.MEDIATION_AGREEMENT, Map.of("parties", java.util.List.of(),
                "readingCopy", false))).as("the others stay shipped").contains("人民调解协议书");
    }

    @Test
    void shouldFindACommitteesSealOnlyInTheCountysFolder() throws Exception {
        DocumentTemplates templates = new DocumentTemplates(new DocumentProperties(county.toString(), "", null, null));
        assertThat(templates.sealOf("dongcun")).isNull();
        Files.createDirectories(county.resolve("seals"));
        Files.write(county.resolve("seals/dongcun.png"), new byte[] {1});
        assertThat(templates.sealOf("dongcun")).isEqualTo("seals/dongcun.png");
        assertThat(templates.sealOf("../dongcun")).isNull();
        assertThat(new DocumentTemplates(new DocumentProperties(null, "", null, null)).sealOf("dongcun")).isNull();
    }
}
