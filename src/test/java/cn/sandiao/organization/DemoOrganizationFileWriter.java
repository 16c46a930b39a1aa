package cn.sandiao.organization;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Writes the committed demo workbook from {@link DemoOrganizationFile}: not part of the suite (no Test suffix), run it
 * after changing the demo county with {@code ./mvnw -o -q test -Dtest=DemoOrganizationFileWriter}.
 */
class DemoOrganizationFileWriter {

    @Test
    void writeTheDemoFile() throws IOException {
        DemoOrganizationFile.write();
    }
}
