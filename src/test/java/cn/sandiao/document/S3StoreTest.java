package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.hamcrest.Matchers;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The S3 store ({@code sandiao.documents.store: s3}) against a real S3-compatible server in this JVM (S3Proxy over an
 * in-memory blob store): uploads and issued papers land in the bucket with only their key in the row, come back byte
 * for byte and bind into the case file; an object altered or removed in the bucket is refused, never handed out; while
 * the store is down uploads and downloads are answered 503 in Chinese and nothing is kept (a case file due for
 * binding waits), and an object put by a transaction that rolls back is deleted again.
 * <p>
 * Its own application context (its own in-memory database and process engine name, like LdapProfileTest), run after
 * the tests of the shared one: Camunda's webapp keeps the context last started in a static field.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:sandiao-s3;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=2000",
        "camunda.bpm.process-engine-name=s3store",
        "sandiao.documents.store=s3",
        "sandiao.documents.s3.bucket=" + S3StoreTest.BUCKET,
        "sandiao.documents.s3.access-key=" + S3StoreTest.ACCESS_KEY,
        "sandiao.documents.s3.secret-key=" + S3StoreTest.SECRET_KEY})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Order(Integer.MAX_VALUE - 1)
class S3StoreTest {

    static final String BUCKET = "sandiao-files";
    static final String ACCESS_KEY = "s3-store-test";
    static final String SECRET_KEY = "s3-store-test-secret";

    private static BlobStoreContext blobContext;
    private static BlobStore blobs;
    private static S3Proxy proxy;
    private static int port;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired BusinessCalendar calendar;
    @Autowired FileContentStore store;
    @Autowired TransactionTemplate transactions;
    @Autowired CaseFileQueue queue;

    CaseDriver steps;

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) throws Exception {
        startStore();
        registry.add("sandiao.documents.s3.endpoint", () -> "http://127.0.0.1:" + port);
    }

    @BeforeEach
    void storeRunning() throws Exception {
        startStore(); // a test that stopped it may have failed before starting it again
        steps = new CaseDriver(disputeService, cases, runtimeService, taskService, managementService, calendar);
    }

    @Test
    void shouldKeepAnUploadInTheBucketWithOnlyItsKeyInTheRowAndGiveItBackByteForByte() throws Exception {
        Long caseId = steps.registered();
        byte[] scan = onePagePdf();
        JsonNode stored = body(upload("intake", caseId, "送达回证.pdf", scan, "SERVED_NOTICE").andExpect(status().isCreated()));

        Map<String, Object> row = fileRow("attachment_file", "attachment_id", stored.get("id").asLong());
        assertThat(row.get("content")).as("no bytes in the database").isNull();
        String key = (String) row.get("object_key");
        assertThat(key).startsWith("attachments/" + stored.get("id").asLong() + "-");
        assertThat(object(key)).isEqualTo(scan);
        assertThat(stored.get("sha256").asText()).isEqualTo(Sha256.of(scan));

        mvc.perform(get(stored.get("href").asText()).with(httpBasic("intake", "intake")))
                .andExpect(status().isOk()).andExpect(content().bytes(scan));
    }

    @Test
    void shouldBindTheCaseFileWithScansFromTheBucketAndSayWhichOneIsDamaged() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        steps.agreeInWriting(caseId);
        upload("mediator", caseId, "签署的协议书.pdf", onePagePdf(), "SIGNED_AGREEMENT", calendar.today().toString())
                .andExpect(status().isCreated());
        JsonNode identity = body(upload("mediator", caseId, "身份证.png", png(), "IDENTITY_DOCUMENT", null)
                .andExpect(status().isCreated()));

        JsonNode bound = body(issue(caseId, "CASE_FILE").andExpect(status().isCreated()));
        Map<String, Object> row = fileRow("document_file", "document_id", bound.get("id").asLong());
        assertThat(row.get("content")).isNull();
        assertThat((String) row.get("object_key")).startsWith("documents/" + bound.get("id").asLong() + "-");
        try (PDDocument file = Loader.loadPDF(download("mediator", bound))) {
            String text = text(file);
            assertThat(text).contains("人民调解协议书（签署件）", "当事人身份证明").doesNotContain("无法读取", "未能装订");
            assertThat(file.getNumberOfPages()).isEqualTo(bound.get("pages").asInt());
        }

        replaceObject(fileRow("attachment_file", "attachment_id", identity.get("id").asLong()), png(90));
        JsonNode again = body(issue(caseId, "CASE_FILE").andExpect(status().isCreated()));
        try (PDDocument file = Loader.loadPDF(download("mediator", again))) {
            assertThat(text(file)).contains("《身份证.png》与保存时的校验值不符或已缺失，未能装订，请联系管理员从备份恢复",
                    "本卷缺少下列必备材料");
        }
    }

    @Test
    void shouldRefuseAFileAlteredOrRemovedInTheBucketInChinese() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        JsonNode evidence = body(upload("intake", caseId, "合同.pdf", onePagePdf(), "EVIDENCE").andExpect(status().isCreated()));
        replaceObject(fileRow("attachment_file", "attachment_id", evidence.get("id").asLong()), onePagePdf("改过的"));

        mvc.perform(get(evidence.get("href").asText()).with(httpBasic("intake", "intake")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.message").value(
                        "材料《合同.pdf》已损坏：内容与上传时记录的SHA-256校验值不符，系统拒绝提供，请联系管理员从备份恢复"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));

        JsonNode register = body(issue(caseId, "ACCEPTANCE_REGISTER").andExpect(status().isCreated()));
        String key = (String) fileRow("document_file", "document_id", register.get("id").asLong()).get("object_key");
        blobs.removeBlob(BUCKET, key);
        mvc.perform(get(register.get("href").asText()).with(httpBasic("mediator", "mediator")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.message").value(
                        "文书《人民调解受理登记表（第1版）》的文件已不在存储中，系统拒绝提供，请联系管理员从备份恢复"));
    }

    @Test
    void shouldAnswer503AndKeepNothingWhileTheStoreIsDown() throws Exception {
        Long closed = steps.registered();
        steps.accept(closed);
        steps.agreeInWriting(closed); // its file waits to be bound
        Long caseId = steps.registered();
        steps.accept(caseId);
        JsonNode before = body(upload("intake", caseId, "合同.pdf", onePagePdf(), "EVIDENCE").andExpect(status().isCreated()));
        long rows = count("attachment_file") + count("document_file");
        stopStore();
        try {
            upload("intake", caseId, "现场照片.pdf", onePagePdf(), "EVIDENCE")
                    .andExpect(status().isServiceUnavailable()).andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.message").value("文件存储暂不可用，请稍后再试；已填写的内容未丢失"));
            mvc.perform(get(before.get("href").asText()).with(httpBasic("intake", "intake")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.message").value("文件存储暂不可用，请稍后再试"));
            issue(caseId, "ACCEPTANCE_REGISTER").andExpect(status().isServiceUnavailable());

            assertThat(jdbc.queryForList("select file_name from attachment where case_id = ?", String.class, caseId))
                    .containsExactly("合同.pdf");
            assertThat(jdbc.queryForObject("select count(*) from issued_document where case_id = ?", Long.class,
                    caseId)).isZero();
            assertThat(count("attachment_file") + count("document_file")).isEqualTo(rows);

            assertThat(queue.bind(closed)).isTrue();
            assertThat(queue.isQueued(closed)).as("waits for the store").isTrue();
            assertThat(jdbc.queryForObject("select count(*) from issued_document where case_id = ?", Long.class,
                    closed)).isZero();
        } finally {
            startStore();
        }
        upload("intake", caseId, "现场照片.pdf", onePagePdf(), "EVIDENCE").andExpect(status().isCreated());
        mvc.perform(get(before.get("href").asText()).with(httpBasic("intake", "intake"))).andExpect(status().isOk());
        assertThat(queue.bind(closed)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from issued_document where case_id = ? and kind = 'CASE_FILE'",
                Long.class, closed)).isOne();
    }

    @Test
    void shouldDeleteTheObjectAgainWhenTheTransactionRollsBack() {
        String kept = transactions.execute(tx -> store.put("attachments/kept", new byte[] {1, 2, 3}).objectKey());
        assertThat(blobs.blobExists(BUCKET, kept)).isTrue();

        String[] rolledBack = new String[1];
        transactions.executeWithoutResult(tx -> {
            rolledBack[0] = store.put("attachments/rolled-back", new byte[] {4, 5, 6}).objectKey();
            assertThat(blobs.blobExists(BUCKET, rolledBack[0])).isTrue();
            tx.setRollbackOnly();
        });
        assertThat(blobs.blobExists(BUCKET, rolledBack[0])).as("deleted after the rollback").isFalse();
    }

    private static synchronized void startStore() throws Exception {
        if (blobs == null) {
            // by its metadata, not its name: a look-up by name loads every cloud's provider, left out of the build
            blobContext = ContextBuilder.newBuilder(new TransientApiMetadata()).credentials("identity", "credential")
                    .build(BlobStoreContext.class);
            blobs = blobContext.getBlobStore();
            blobs.createContainerInLocation(null, BUCKET);
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        }
        if (proxy == null) {
            // the same port each time: the application was started with this endpoint
            proxy = S3Proxy.builder().blobStore(blobs)
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .endpoint(URI.create("http://127.0.0.1:" + port)).build();
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
        }
    }

    private static synchronized void stopStore() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
    }

    @AfterAll
    static void closeStore() throws Exception {
        stopStore();
        if (blobContext != null) {
            blobContext.close();
            blobContext = null;
            blobs = null;
        }
    }

    private Map<String, Object> fileRow(String table, String idColumn, long id) {
        return jdbc.queryForMap("select content, object_key from " + table + " where " + idColumn + " = ?", id);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static byte[] object(String key) throws Exception {
        try (InputStream in = blobs.getBlob(BUCKET, key).getPayload().openStream()) {
            return in.readAllBytes();
        }
    }

    /** Someone with access to the bucket puts other bytes under the file's key. */
    private static void replaceObject(Map<String, Object> row, byte[] other) {
        String key = (String) row.get("object_key");
        assertThat(blobs.blobExists(BUCKET, key)).isTrue();
        blobs.putBlob(BUCKET, blobs.blobBuilder(key).payload(other).build());
    }

    private ResultActions upload(String user, Long caseId, String name, byte[] bytes, String category)
            throws Exception {
        return upload(user, caseId, name, bytes, category, null);
    }

    private ResultActions upload(String user, Long caseId, String name, byte[] bytes, String category,
                                 String signedOn) throws Exception {
        var request = multipart("/api/disputes/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        request.param("category", category);
        if (signedOn != null) {
            request.param("signedOn", signedOn);
        }
        return mvc.perform(request.with(httpBasic(user, user)));
    }

    private ResultActions issue(Long caseId, String kind) throws Exception {
        return mvc.perform(post("/api/disputes/" + caseId + "/documents/" + kind).with(httpBasic("mediator", "mediator")));
    }

    private byte[] download(String user, JsonNode document) throws Exception {
        return mvc.perform(get(document.get("href").asText()).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String text(PDDocument file) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(file).replaceAll("\\s+", "");
    }

    private static byte[] onePagePdf() throws Exception {
        return onePagePdf(null);
    }

    /** A one-page PDF; {@code title}, when given, makes it another one. */
    private static byte[] onePagePdf(String title) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws Exception {
        return png(60);
    }

    private static byte[] png(int width) throws Exception {
        BufferedImage image = new BufferedImage(width, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
