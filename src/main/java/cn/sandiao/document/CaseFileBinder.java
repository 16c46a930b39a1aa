package cn.sandiao.document;

import cn.sandiao.common.DamagedDataException;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.MediationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * Binds a people's mediation case into one file (一案一卷): a cover and the table of contents, then every paper and
 * uploaded file in the order a case file holds them, each page numbered in its top right corner (卷内页号, the numbers
 * the contents give), and at the end the 卷宗情况说明 naming each required item the file lacks.
 */
@Component
class CaseFileBinder {

    /** Points per millimetre. */
    private static final float MM = 72f / 25.4f;

    private final IssuedDocumentRepository issued;
    private final AttachmentRepository attachments;
    private final StoredFiles files;
    private final DocumentTemplates templates;
    private final PdfRenderer renderer;

    CaseFileBinder(IssuedDocumentRepository issued, AttachmentRepository attachments, StoredFiles files,
                   DocumentTemplates templates, PdfRenderer renderer) {
        this.issued = issued;
        this.attachments = attachments;
        this.files = files;
        this.templates = templates;
        this.renderer = renderer;
    }

    /** The bound file: the PDF, its page count and the required items it lacks. */
    record Bound(byte[] pdf, int pages, List<String> missing) {
    }

    /** One entry of the contents: an item of the file, where it starts, what it holds or lacks. */
    record Entry(int no, String title, String pages, String remark) {
    }

    /** {@code facts}: those of every paper of the case, with the case file's own number and check code. */
    Bound bind(Long caseId, Mediation mediation, Map<String, Object> facts) {
        return assemble(collect(caseId, mediation), facts);
    }

    /** The file made of {@code items}, in their order, with its front and its 情况说明. */
    Bound assemble(List<Item> items, Map<String, Object> facts) {
        List<String> missing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<PDDocument> materials = new ArrayList<>();
        List<PDDocument> toClose = new ArrayList<>();
        try {
            int page = 1;
            for (Item item : items) {
                int count = 0;
                for (Source source : item.sources()) {
                    Optional<PDDocument> pages = open(source);
                    if (pages.isPresent()) {
                        materials.add(pages.get());
                        toClose.add(pages.get());
                        count += pages.get().getNumberOfPages();
                    } else if (source.damaged() != null) {
                        notes.add("《" + source.name() + "》" + source.damaged());
                    } else {
                        notes.add("《" + source.name() + "》无法读取，未能装订，请查看系统中的原件");
                    }
                }
                if (count == 0 && item.required()) {
                    missing.add(item.title());
                }
                notes.addAll(item.notes());
                entries.add(new Entry(entries.size() + 1, item.title(), pages(page, count), remark(item, count)));
                page += count;
            }
            facts.put("missing", missing);
            facts.put("notes", notes);
            PDDocument note = rendered("case-file-note", facts);
            toClose.add(note);
            entries.add(new Entry(entries.size() + 1, "卷宗情况说明", pages(page, note.getNumberOfPages()), ""));
            facts.put("entries", entries);
            PDDocument front = rendered("case-file", facts);
            toClose.add(front);

            PDDocument file = new PDDocument();
            toClose.add(file);
            PDFMergerUtility merger = new PDFMergerUtility();
            merger.appendDocument(file, front);
            int frontPages = file.getNumberOfPages();
            for (PDDocument material : materials) {
                merger.appendDocument(file, material);
            }
            merger.appendDocument(file, note);
            numberPages(file, frontPages);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            file.save(out);
            return new Bound(out.toByteArray(), file.getNumberOfPages(), missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument document : toClose) {
                try {
                    document.close();
                } catch (IOException ignored) {
                    // closing what was only read
                }
            }
        }
    }

    /** 缺 (required, none bound), 无 (none), 见情况说明 (uploaded but unreadable), 3份 (several files). */
    private static String remark(Item item, int pages) {
        if (pages == 0) {
            return item.required() ? "缺" : item.sources().isEmpty() ? "无" : "见情况说明";
        }
        return item.sources().size() > 1 ? item.sources().size() + "份" : "";
    }

    /** "5" or "5—7": the pages an item takes from {@code first}; blank when it takes none. */
    private static String pages(int first, int count) {
        return count == 0 ? "" : count == 1 ? String.valueOf(first) : first + "—" + (first + count - 1);
    }

    private PDDocument rendered(String template, Map<String, Object> facts) throws IOException {
        return Loader.loadPDF(renderer.render(templates.fill(template, facts), templates.baseUri()).pdf());
    }

    /** An item of the file and what fills it: papers the product issued (their latest version) or uploaded files. */
    record Item(String title, boolean required, List<Source> sources, List<String> notes) {
    }

    /** A PDF or image to bind: issued paper or uploaded file; or, {@code damaged}, why the kept one is not bound. */
    record Source(String name, byte[] content, FileKind kind, String damaged) {

        Source(String name, byte[] content, FileKind kind) {
            this(name, content, kind, null);
        }

        /** Not what was kept (its SHA-256 differs, or it is gone): left out, and the file's 情况说明 says so. */
        static Source damaged(String name) {
            return new Source(name, null, null, "与保存时的校验值不符或已缺失，未能装订，请联系管理员从备份恢复");
        }
    }

    /** The items in the order of a people's mediation case file. */
    private List<Item> collect(Long caseId, Mediation mediation) {
        Map<AttachmentCategory, List<Source>> uploaded = new LinkedHashMap<>();
        for (Attachment attachment : attachments.findByCaseIdOrderByUploadedAtAscIdAsc(caseId)) {
            Source source;
            try {
                byte[] content = files.of(attachment);
                source = new Source(attachment.getFileName(), content, FileKind.of(content).orElse(null));
            } catch (DamagedDataException damaged) { // the case's other files are still bound
                source = Source.damaged(attachment.getFileName());
            }
            uploaded.computeIfAbsent(attachment.getCategory(), c -> new ArrayList<>()).add(source);
        }
        boolean agreed = mediation.getResult() == MediationResult.SUCCESS;
        boolean written = agreed && mediation.getAgreementForm() == AgreementForm.WRITTEN;
        List<Item> items = new ArrayList<>();
        items.add(new Item("人民调解受理登记表", true, paper(caseId, DocumentKind.ACCEPTANCE_REGISTER), List.of()));
        items.add(new Item("人民调解当事人权利义务告知书", true, paper(caseId, DocumentKind.RIGHTS_NOTICE), List.of()));
        items.add(upload("当事人身份证明", true, uploaded, AttachmentCategory.IDENTITY_DOCUMENT));
        items.add(upload("授权委托书", false, uploaded, AttachmentCategory.POWER_OF_ATTORNEY));
        // the printed form is blank: what the file keeps is the record as filled in and signed, uploaded
        items.add(upload("人民调解调查记录", false, uploaded, AttachmentCategory.INVESTIGATION_RECORD));
        items.add(upload("证据材料", false, uploaded, AttachmentCategory.EVIDENCE));
        items.add(new Item("人民调解记录", true, paper(caseId, DocumentKind.MEDIATION_RECORD), List.of()));
        if (written) {
            // the copy the parties signed is the agreement; the printed text stands in for it only until it is uploaded
            List<Source> signed = uploaded.getOrDefault(AttachmentCategory.SIGNED_AGREEMENT, List.of());
            items.add(signed.isEmpty()
                    ? new Item("人民调解协议书", true, paper(caseId, DocumentKind.MEDIATION_AGREEMENT),
                            List.of("尚未上传各方签署的人民调解协议书，卷内为系统出具的协议书文本"))
                    : new Item("人民调解协议书（签署件）", true, signed, List.of()));
        } else if (agreed) {
            List<Source> register = paper(caseId, DocumentKind.ORAL_AGREEMENT_REGISTER);
            items.add(new Item("人民调解口头协议登记表", true, register, register.isEmpty()
                    ? List.of("口头协议：尚未出具人民调解口头协议登记表，协议内容见人民调解记录") : List.of()));
        }
        items.add(upload("已送达的文书", false, uploaded, AttachmentCategory.SERVED_NOTICE));
        items.add(upload("履行凭证", false, uploaded, AttachmentCategory.PERFORMANCE_PROOF));
        items.add(new Item("人民调解回访记录", false, paper(caseId, DocumentKind.FOLLOW_UP_RECORD), List.of()));
        if (written) {
            items.add(new Item("司法确认材料", false, paper(caseId, DocumentKind.CONFIRMATION_APPLICATION), List.of()));
        }
        List<Source> report = paper(caseId, DocumentKind.COURT_REPORT);
        if (!report.isEmpty()) {
            items.add(new Item("委派（委托）调解结果报告", false, report, List.of()));
        }
        return items;
    }

    private List<Source> paper(Long caseId, DocumentKind kind) {
        return issued.findFirstByCaseIdAndKindOrderByVersionDesc(caseId, kind)
                .map(document -> {
                    String name = kind.label() + "（第" + document.getVersion() + "版）";
                    try {
                        return List.of(new Source(name, files.of(document), FileKind.PDF));
                    } catch (DamagedDataException damaged) {
                        return List.of(Source.damaged(name));
                    }
                })
                .orElse(List.of());
    }

    private static Item upload(String title, boolean required, Map<AttachmentCategory, List<Source>> uploaded,
                               AttachmentCategory category) {
        return new Item(title, required, uploaded.getOrDefault(category, List.of()), List.of());
    }

    /** The source as pages: a PDF as it is, an image on an A4 page of its own; empty if it cannot be read. */
    private static Optional<PDDocument> open(Source source) {
        try {
            if (source.kind() == null) {
                return Optional.empty();
            }
            if (source.kind() == FileKind.PDF) {
                return Optional.of(Loader.loadPDF(source.content()));
            }
            PDDocument page = new PDDocument();
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(page, source.content(), source.name());
                PDPage a4 = new PDPage(PDRectangle.A4);
                page.addPage(a4);
                float margin = 15 * MM;
                float width = PDRectangle.A4.getWidth() - 2 * margin;
                float height = PDRectangle.A4.getHeight() - 2 * margin;
                float scale = Math.min(width / image.getWidth(), height / image.getHeight());
                try (PDPageContentStream content = new PDPageContentStream(page, a4)) {
                    float w = image.getWidth() * scale;
                    float h = image.getHeight() * scale;
                    content.drawImage(image, margin + (width - w) / 2, margin + (height - h) / 2, w, h);
                }
                return Optional.of(page);
            } catch (IOException | RuntimeException unreadable) {
                page.close();
                throw unreadable;
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** 卷内页号: 1, 2, 3 … in the top right corner of every page after the cover and the contents. */
    private static void numberPages(PDDocument file, int frontPages) throws IOException {
        PDType1Font digits = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int index = frontPages; index < file.getNumberOfPages(); index++) {
            PDPage page = file.getPage(index);
            PDRectangle box = page.getMediaBox();
            String number = String.valueOf(index - frontPages + 1);
            float size = 11;
            float width = digits.getStringWidth(number) / 1000 * size;
            try (PDPageContentStream content = new PDPageContentStream(file, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(digits, size);
                content.newLineAtOffset(box.getUpperRightX() - 12 * MM - width, box.getUpperRightY() - 10 * MM);
                content.showText(number);
                content.endText();
            }
        }
    }
}
