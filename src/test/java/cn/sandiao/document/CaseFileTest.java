package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.workflow.BusinessCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The case file (一案一卷) as an inspector opens it: bound by the system after the case closes, naming what it lacks;
 * bound again on demand once the papers are issued and the scans uploaded, the contents' page numbers lead to the
 * pages that bear them, the items in the standard order; supervisors see the closed cases whose file is incomplete.
 */
@IntegrationTest
class CaseFileTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired BusinessCalendar calendar;
    @Autowired CaseFileQueue queue;

    CaseDriver steps;

    @BeforeEach
    void steps() {
        steps = new CaseDriver(disputeService, cases, runtimeService, taskService, managementService, calendar);
    }

    @Test
    void shouldBindTheFileAtClosureNamingWhatItLacksAndCompleteItOnceThePapersAreThere() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        issue(caseId, "CASE_FILE").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("人民调解尚未结束，不能立卷"));
        steps.agreeInWriting(caseId); // the case closes: it waits for the system to bind what there is
        assertThat(caseFiles(caseId)).as("the closure does not wait for the binding").isEmpty();
        assertThat(queue.isQueued(caseId)).isTrue();
        assertThat(queue.bind(caseId)).isTrue();
        assertThat(queue.isQueued(caseId)).isFalse();
        assertThat(queue.bind(caseId)).as("taken off the queue once").isFalse();

        JsonNode atClosure = caseFiles(caseId).get(0);
        assertThat(atClosure.get("issuedBy").asText()).isEqualTo("system");
        assertThat(atClosure.get("documentNo").asText()).matches("（\\d{4}）和人调字第\\d+号");
        List<String> lacking = List.of("人民调解受理登记表", "人民调解当事人权利义务告知书", "当事人身份证明", "人民调解记录",
                "人民调解协议书");
        try (PDDocument file = Loader.loadPDF(download("mediator", atClosure))) {
            assertThat(text(file)).contains("人民调解卷宗", "卷内目录", "卷宗情况说明", "本卷缺少下列必备材料",
                    "尚未上传各方签署的人民调解协议书", "系统（结案时自动立卷）");
            assertThat(file.getNumberOfPages()).isEqualTo(atClosure.get("pages").asInt());
        }
        JsonNode incomplete = body(mvc.perform(get("/api/supervision/case-files/incomplete")
                .with(httpBasic("supervisor", "supervisor"))).andExpect(status().isOk()));
        assertThat(rowOf(incomplete, caseId).get("missing")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(lacking);
        mvc.perform(get("/api/supervision/case-files/incomplete").with(httpBasic("mediator", "mediator")))
                .andExpect(status().isForbidden());

        for (String kind : List.of("ACCEPTANCE_REGISTER", "RIGHTS_NOTICE", "MEDIATION_RECORD", "MEDIATION_AGREEMENT")) {
            issue(caseId, kind).andExpect(status().isCreated());
        }
        upload(caseId, "身份证.png", png(), "IDENTITY_DOCUMENT", null).andExpect(status().isCreated());
        upload(caseId, "调查记录.png", png(), "INVESTIGATION_RECORD", null).andExpect(status().isCreated());
        upload(caseId, "签署的协议书.pdf", onePagePdf(), "SIGNED_AGREEMENT", calendar.today().toString())
                .andExpect(status().isCreated());
        upload(caseId, "现场照片.pdf", "%PDF-1.7 这不是一份完整的PDF".getBytes(StandardCharsets.UTF_8), "EVIDENCE", null)
                .andExpect(status().isCreated());
        JsonNode bound = body(issue(caseId, "CASE_FILE").andExpect(status().isCreated()));
        assertThat(bound.get("version").asInt()).isEqualTo(2);
        assertThat(bound.get("documentNo").asText()).isEqualTo(atClosure.get("documentNo").asText());

        byte[] boundPdf = download("mediator", bound);
        // kept for a look: target/documents/case-file.pdf
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/case-file.pdf"), boundPdf);
        try (PDDocument file = Loader.loadPDF(boundPdf)) {
            String all = text(file);
            assertThat(all).contains("本卷必备材料齐全", "《现场照片.pdf》无法读取，未能装订")
                    .doesNotContain("本卷缺少下列必备材料", "尚未上传各方签署的人民调解协议书");
            // the contents: each item with the pages the stamped numbers give, in the order of a case file
            List<String[]> contents = contents(file);
            assertThat(contents).extracting(row -> row[0]).containsExactly("人民调解受理登记表", "人民调解当事人权利义务告知书",
                    "当事人身份证明", "授权委托书", "人民调解调查记录", "证据材料", "人民调解记录", "人民调解协议书（签署件）",
                    "已送达的文书", "履行凭证", "人民调解回访记录", "司法确认材料", "卷宗情况说明");
            int front = 2; // the cover and the contents
            for (String[] row : contents) {
                if (row[1].isEmpty()) {
                    continue;
                }
                int first = Integer.parseInt(row[1].split("—")[0]);
                PDPage page = file.getPage(front + first - 1);
                assertThat(corner(page)).as("stamped number of %s", row[0]).isEqualTo(String.valueOf(first));
                String title = row[0].replace("（签署件）", "");
                if (!List.of("当事人身份证明", "人民调解调查记录").contains(row[0]) && !row[0].contains("签署件")) { // scans
                    assertThat(pageText(file, front + first)).as("page %d", first).contains(title);
                }
            }
            assertThat(contents.get(4)[1]).as("the signed investigation record, uploaded").isNotEmpty();
            assertThat(contents.get(5)[2]).as("an unreadable file is not counted").isEqualTo("见情况说明");
            assertThat(contents.get(3)[2]).as("none uploaded").isEqualTo("无");
        }
        JsonNode after = body(mvc.perform(get("/api/supervision/case-files/incomplete")
                .with(httpBasic("supervisor", "supervisor"))).andExpect(status().isOk()));
        assertThat(rowOf(after, caseId)).as("complete now").isNull();

        mvc.perform(get(bound.get("href").asText()).with(httpBasic("court", "court"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("卷宗装有当事人身份证明等个人信息，只有办理案件的人员可以查看"));
        mvc.perform(get(bound.get("href").asText()).with(httpBasic("nancun-mediator", "nancun-mediator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldPutTheOralAgreementsRegisterInTheAgreementsPlaceAndNameItMissingUntilItIsIssued() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        steps.agreeOrally(caseId);
        queue.bind(caseId);
        JsonNode atClosure = caseFiles(caseId).get(0);
        try (PDDocument file = Loader.loadPDF(download("mediator", atClosure))) {
            assertThat(text(file)).contains("本卷缺少下列必备材料", "尚未出具人民调解口头协议登记表，协议内容见人民调解记录");
            assertThat(contents(file)).filteredOn(row -> row[0].equals("人民调解口头协议登记表"))
                    .singleElement().satisfies(row -> assertThat(row[2]).isEqualTo("缺"));
            assertThat(contents(file)).extracting(row -> row[0]).doesNotContain("司法确认材料");
        }
        assertThat(rowOf(body(mvc.perform(get("/api/supervision/case-files/incomplete")
                .with(httpBasic("supervisor", "supervisor")))), caseId).get("missing"))
                .extracting(JsonNode::asText).contains("人民调解口头协议登记表");

        issue(caseId, "ORAL_AGREEMENT_REGISTER").andExpect(status().isCreated());
        JsonNode bound = body(issue(caseId, "CASE_FILE").andExpect(status().isCreated()));
        try (PDDocument file = Loader.loadPDF(download("mediator", bound))) {
            assertThat(text(file)).doesNotContain("尚未出具人民调解口头协议登记表");
            String[] register = contents(file).stream().filter(row -> row[0].equals("人民调解口头协议登记表"))
                    .findFirst().orElseThrow();
            assertThat(register[1]).isNotEmpty();
            int first = Integer.parseInt(register[1].split("—")[0]);
            assertThat(pageText(file, 2 + first)).contains("人民调解口头协议登记表", "李四当场向张三赔礼道歉");
        }
        JsonNode after = body(mvc.perform(get("/api/supervision/case-files/incomplete")
                .with(httpBasic("supervisor", "supervisor"))));
        JsonNode row = rowOf(after, caseId);
        if (row != null) {
            assertThat(row.get("missing")).extracting(JsonNode::asText).doesNotContain("人民调解口头协议登记表");
        }
    }

    private List<JsonNode> caseFiles(Long caseId) throws Exception {
        List<JsonNode> files = new ArrayList<>();
        body(mvc.perform(get("/api/disputes/" + caseId + "/documents").with(httpBasic("mediator", "mediator")))
                .andExpect(status().isOk())).get("issued").forEach(document -> {
                    if (document.get("kind").asText().equals("CASE_FILE")) {
                        files.add(document);
                    }
                });
        return files;
    }

    private static JsonNode rowOf(JsonNode rows, Long caseId) {
        for (JsonNode row : rows) {
            if (row.get("caseId").asLong() == caseId) {
                return row;
            }
        }
        return null;
    }

    /** The rows of the contents (title, pages, remark), read off the second page. */
    private static List<String[]> contents(PDDocument file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : pageLines(file, 2)) {
            java.util.regex.Matcher row = java.util.regex.Pattern
                    .compile("^(\\d+)\\s+(\\S+)\\s*([\\d—]*)\\s*(\\S*)$").matcher(line.strip());
            if (row.matches()) {
                rows.add(new String[] {row.group(2), row.group(3), row.group(4)});
            }
        }
        return rows;
    }

    /** What is printed in the page's top right corner. */
    private static String corner(PDPage page) throws Exception {
        try (PDDocument single = new PDDocument()) {
            single.importPage(page);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            PDRectangle box = page.getMediaBox();
            stripper.addRegion("corner", new java.awt.geom.Rectangle2D.Float(box.getWidth() - 120, 0, 120, 60));
            stripper.extractRegions(single.getPage(0));
            return stripper.getTextForRegion("corner").strip();
        }
    }

    private static List<String> pageLines(PDDocument file, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return List.of(stripper.getText(file).split("\\R"));
    }

    private static String pageText(PDDocument file, int page) throws Exception {
        return String.join("", pageLines(file, page)).replaceAll("\\s+", "");
    }

    private static String text(PDDocument file) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(file).replaceAll("\\s+", "");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] onePagePdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private ResultActions issue(Long caseId, String kind) throws Exception {
        return mvc.perform(post("/api/disputes/" + caseId + "/documents/" + kind).with(httpBasic("mediator", "mediator")));
    }

    private ResultActions upload(Long caseId, String name, byte[] bytes, String category, String signedOn)
            throws Exception {
        var request = multipart("/api/disputes/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        request.param("category", category);
        if (signedOn != null) {
            request.param("signedOn", signedOn);
        }
        return mvc.perform(request.with(httpBasic("mediator", "mediator")));
    }

    private byte[] download(String user, JsonNode document) throws Exception {
        return mvc.perform(get(document.get("href").asText()).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
