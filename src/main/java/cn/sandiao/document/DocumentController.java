package cn.sandiao.document;

import cn.sandiao.common.ChinaTime;
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

/** A case's papers: list, issue (a new version each time) and the PDF; and the check of a printed code. */
@RestController
class DocumentController {

    private final DisputeDocuments documents;
    private final DocumentVerification verification;

    DocumentController(DisputeDocuments documents, DocumentVerification verification) {
        this.documents = documents;
        this.verification = verification;
    }

    @GetMapping("/api/disputes/{caseId}/documents")
    Listing list(@PathVariable Long caseId) {
        DisputeDocuments.CaseDocuments papers = documents.of(caseId);
        return new Listing(papers.issuable().stream().map(kind -> new Issuable(kind, kind.label())).toList(),
                papers.issued().stream().map(document -> View.of(caseId, document)).toList());
    }

    @PostMapping("/api/disputes/{caseId}/documents/{kind}")
    ResponseEntity<View> issue(@PathVariable Long caseId, @PathVariable DocumentKind kind) {
        View view = View.of(caseId, documents.issue(caseId, kind));
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @GetMapping("/api/disputes/{caseId}/documents/{documentId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long caseId, @PathVariable Long documentId) {
        DisputeDocuments.DocumentPdf pdf = documents.pdf(caseId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store") // personal data
                .body(pdf.content());
    }

    /** For supervisors (the path's rule): closed cases whose bound file lacks required items. */
    @GetMapping("/api/supervision/case-files/incomplete")
    List<Incomplete> incomplete() {
        return documents.incompleteCaseFiles().stream().map(row -> new Incomplete(row.caseId(), row.caseNo(),
                row.file().getMissingItems(), View.of(row.caseId(), row.file()))).toList();
    }

    record Incomplete(Long caseId, String caseNo, List<String> missing, View caseFile) {
    }

    @GetMapping("/api/documents/verification/{code}")
    View verify(@PathVariable String code) {
        IssuedDocument document = verification.verify(code);
        return View.of(document.getCaseId(), document);
    }

    record Listing(List<Issuable> issuable, List<View> issued) {
    }

    record Issuable(DocumentKind kind, String label) {
    }

    record View(Long id, DocumentKind kind, String label, String documentNo, int version, String sha256,
                String verificationCode, int pages, String issuedBy, String issuedAt, String href) {

        static View of(Long caseId, IssuedDocument document) {
            return new View(document.getId(), document.getKind(), document.getKind().label(),
                    document.getDocumentNo(), document.getVersion(), document.getSha256(),
                    document.getVerificationCode(), document.getPageCount(), document.getIssuedBy(),
                    ChinaTime.offsetTime(document.getIssuedAt()),
                    document.getPetitionId() != null
                            ? "/api/petitions/%d/documents/%d.pdf".formatted(document.getPetitionId(), document.getId())
                            : "/api/disputes/%d/documents/%d.pdf".formatted(caseId, document.getId()));
        }
    }
}
