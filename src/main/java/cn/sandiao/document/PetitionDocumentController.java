package cn.sandiao.document;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.petition.NoticeKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A petition's notices and opinions as papers: list, issue (a new version each time) and the PDF. A paper's kind is
 * the petition's notice kind (ACCEPTANCE, REPLY, REVIEW_OPINION …), as the petition's detail names its notices.
 */
@RestController
class PetitionDocumentController {

    private final PetitionDocuments documents;

    PetitionDocumentController(PetitionDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/petitions/{petitionId}/documents")
    Listing list(@PathVariable Long petitionId) {
        PetitionDocuments.Papers papers = documents.of(petitionId);
        return new Listing(papers.issuable().stream().map(kind -> new Issuable(kind, kind.label())).toList(),
                papers.issued().stream().map(View::of).toList());
    }

    @PostMapping("/api/petitions/{petitionId}/documents/{kind}")
    ResponseEntity<View> issue(@PathVariable Long petitionId, @PathVariable NoticeKind kind) {
        View view = View.of(documents.issue(petitionId, kind));
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @GetMapping("/api/petitions/{petitionId}/documents/{documentId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long petitionId, @PathVariable Long documentId) {
        DisputeDocuments.DocumentPdf pdf = documents.pdf(petitionId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store") // personal data
                .body(pdf.content());
    }

    record Listing(List<Issuable> issuable, List<View> issued) {
    }

    record Issuable(NoticeKind kind, String label) {
    }

    record View(Long id, NoticeKind kind, String label, String documentNo, int version, String sha256,
                String verificationCode, int pages, String issuedBy, String issuedAt, String href) {

        static View of(IssuedDocument document) {
            return new View(document.getId(), document.getKind().notice(), document.getKind().label(),
                    document.getDocumentNo(), document.getVersion(), document.getSha256(),
                    document.getVerificationCode(), document.getPageCount(), document.getIssuedBy(),
                    ChinaTime.offsetTime(document.getIssuedAt()),
                    "/api/petitions/%d/documents/%d.pdf".formatted(document.getPetitionId(), document.getId()));
        }
    }
}
