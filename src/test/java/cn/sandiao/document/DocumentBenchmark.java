package cn.sandiao.document;

import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.dispute.PartyKind;
import cn.sandiao.dispute.PartyRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How long a paper takes, warm: the agreement of a made-up case (short terms), a long agreement (long terms) and a
 * case file of about 30 pages (papers and scans bound),
 * rendered from the shipped templates with the shipped font. Not part of the suite (no Test suffix): run it with
 * {@code scripts/documents-benchmark.sh}; it prints its figures and asserts nothing about time.
 */
class DocumentBenchmark {

    private final DocumentTemplates templates = new DocumentTemplates(new DocumentProperties(null, "和", null, null));
    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void printFigures() {
        long preparing = System.nanoTime();
        DocumentFont.bytes();
        System.out.printf("font prepared once in %d ms%n", (System.nanoTime() - preparing) / 1_000_000);
        measure("agreement, short terms", facts("李四于十日内拆除越界围墙，恢复原状。"), 30, 200);
        StringBuilder terms = new StringBuilder();
        for (int clause = 1; clause <= 330; clause++) {
            terms.append("第").append(clause).append("条　双方同意按约定履行本条所列义务，逾期按日承担违约责任，并由人民调解委员会回访督促。\n");
        }
        measure("agreement, long terms", facts(terms.toString()), 3, 10);
        measureCaseFile(3, 10);
    }

    /**
     * A case file of about 30 pages: four one-page papers, a two-page record and 22 scanned pages (A4 at 150 dpi,
     * JPEG), bound with cover, contents, page numbers and 情况说明.
     */
    private void measureCaseFile(int warmUp, int runs) {
        byte[] paper = render(facts("李四于十日内拆除越界围墙，恢复原状。")).pdf();
        StringBuilder longTerms = new StringBuilder();
        for (int clause = 1; clause <= 25; clause++) {
            longTerms.append("第").append(clause).append("条　双方同意按约定履行本条所列义务，逾期按日承担违约责任。\n");
        }
        byte[] twoPages = render(facts(longTerms.toString())).pdf();
        List<CaseFileBinder.Source> scans = new java.util.ArrayList<>();
        for (int page = 1; page <= 22; page++) {
            scans.add(new CaseFileBinder.Source("扫描件" + page + ".jpg", scan(page), FileKind.JPEG));
        }
        List<CaseFileBinder.Item> items = List.of(
                item("人民调解受理登记表", paper), item("人民调解当事人权利义务告知书", paper),
                new CaseFileBinder.Item("当事人身份证明", true, scans.subList(0, 2), List.of()),
                new CaseFileBinder.Item("证据材料", false, scans.subList(2, 20), List.of()),
                item("人民调解记录", twoPages), item("人民调解协议书", paper),
                new CaseFileBinder.Item("履行凭证", false, scans.subList(20, 22), List.of()),
                item("人民调解回访记录", paper));
        CaseFileBinder binder = new CaseFileBinder(null, null, null, templates, renderer);
        Map<String, Object> facts = facts("");
        facts.putAll(Map.of("mediatorName", "王秀英", "resultLabel", "调解成功", "endedOn", "2026年11月20日",
                "boundBy", "王秀英", "title", "人民调解卷宗"));
        for (int i = 0; i < warmUp; i++) {
            binder.assemble(items, new java.util.HashMap<>(facts));
        }
        long[] millis = new long[runs];
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pages = binder.assemble(items, new java.util.HashMap<>(facts)).pages();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-24s %3d pages  p50 %5d ms  p95 %5d ms  max %5d ms  (%d runs after %d warm-up)%n",
                "case file, bound", pages, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1],
                millis[runs - 1], runs, warmUp);
    }

    private static CaseFileBinder.Item item(String title, byte[] pdf) {
        return new CaseFileBinder.Item(title, true, List.of(new CaseFileBinder.Source(title, pdf, FileKind.PDF)),
                List.of());
    }

    /** A page as a scanner makes it: A4 at 150 dpi, grey paper with lines of dark marks, JPEG. */
    private static byte[] scan(int seed) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1240, 1754,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(236, 236, 230));
        g.fillRect(0, 0, 1240, 1754);
        java.util.Random random = new java.util.Random(seed);
        g.setColor(java.awt.Color.DARK_GRAY);
        for (int line = 0; line < 40; line++) {
            for (int x = 120; x < 1120; x += 28) {
                if (random.nextInt(10) > 1) {
                    g.fillRect(x, 150 + line * 38, 20 + random.nextInt(6), 22);
                }
            }
        }
        g.dispose();
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void measure(String name, Map<String, Object> facts, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            render(facts);
        }
        long[] millis = new long[runs];
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pages = render(facts).pages();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-24s %3d pages  p50 %5d ms  p95 %5d ms  max %5d ms  (%d runs after %d warm-up)%n", name,
                pages, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs, warmUp);
    }

    private PdfRenderer.Rendered render(Map<String, Object> facts) {
        return renderer.render(templates.fill(DocumentKind.MEDIATION_AGREEMENT, facts), null);
    }

    private static Map<String, Object> facts(String terms) {
        DisputeViews.Detail dispute = new DisputeViews.Detail(1L, "TJ-2026-000001", CaseStatus.CLOSED, "已结案",
                DisputeSource.WALK_IN, DisputeType.NEIGHBOUR, "邻里纠纷", "990101001001", "两户因宅基地边界的围墙发生争执",
                new BigDecimal("3000"), 2, false, false, null, null, null, null, "dongcun", null, null, null, null, null,
                Instant.parse("2026-11-02T02:00:00Z"), "intake", null, null, null, List.of(
                new DisputeViews.PartyView(PartyRole.APPLICANT, PartyKind.PERSON, "张三", "11010519491231002X", null,
                        "13800138000"),
                new DisputeViews.PartyView(PartyRole.RESPONDENT, PartyKind.PERSON, "李四", "440304198506151237", null,
                        "13912345678")));
        Map<String, Object> facts = CaseFacts.of(dispute, "东村人民调解委员会", null, LocalDate.of(2026, 11, 20));
        facts.putAll(Map.of("agreementContent", terms, "agreementAmount", "3000元", "performanceDeadline",
                "2026年11月30日", "title", "人民调解协议书", "documentNo", "（2026）和人调字第1号", "version", 1,
                "verificationCode", "7K3M9Q2X", "readingCopy", false));
        facts.put("seal", null);
        return facts;
    }
}
