package cn.sandiao.document;

import cn.sandiao.common.ChinaTime;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files of a case: upload (multipart: file, category, note, signedOn), list, open; and what a file can be. */
@RestController
class AttachmentController {

    private final CaseAttachments attachments;

    AttachmentController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/disputes/{caseId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<View> upload(@PathVariable Long caseId, @RequestParam("file") MultipartFile file,
                                @RequestParam(name = "category", required = false) AttachmentCategory category,
                                @RequestParam(name = "note", required = false) String note,
                                @RequestParam(name = "signedOn", required = false) LocalDate signedOn)
            throws IOException {
        View view = View.of(attachments.add(caseId,
                new CaseAttachments.Upload(category, file.getOriginalFilename(), file.getBytes(), note, signedOn)));
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    /** The categories an upload may name, in the case file's order, with their Chinese names. */
    @GetMapping("/api/attachments/categories")
    List<Category> categories() {
        return Arrays.stream(AttachmentCategory.values()).map(c -> new Category(c, c.label())).toList();
    }

    record Category(AttachmentCategory category, String label) {
    }

    @GetMapping("/api/disputes/{caseId}/attachments")
    List<View> list(@PathVariable Long caseId) {
        return attachments.of(caseId).stream().map(View::of).toList();
    }

    @GetMapping("/api/disputes/{caseId}/attachments/{attachmentId}/content")
    ResponseEntity<byte[]> open(@PathVariable Long caseId, @PathVariable Long attachmentId) {
        CaseAttachments.Opened opened = attachments.open(caseId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.attachment().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(opened.attachment().getFileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store") // personal data
                .header("X-Content-Type-Options", "nosniff")
                .body(opened.content());
    }

    record View(Long id, AttachmentCategory category, String categoryLabel, String fileName, String contentType,
                long sizeBytes, String sha256, String note, LocalDate signedOn, String uploadedBy, String uploadedAt,
                String href) {

        static View of(Attachment a) {
            return new View(a.getId(), a.getCategory(), a.getCategory().label(), a.getFileName(), a.getContentType(),
                    a.getSizeBytes(), a.getSha256(), a.getNote(), a.getSignedOn(), a.getUploadedBy(), ChinaTime.offsetTime(a.getUploadedAt()),
                    "/api/disputes/%d/attachments/%d/content".formatted(a.getCaseId(), a.getId()));
        }
    }
}
