package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a document issued for a case: its number (kept by every version), the version, the SHA-256 of
 * the PDF as issued, the code printed on each page to check a paper copy against, who issued it and when. The PDF
 * itself is kept apart ({@link DocumentFile}) so that lists never load it.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The dispute case it was issued for; null for a petition's paper. */
    @Column(name = "case_id")
    private Long caseId;

    /** The petition it was issued for; null for a dispute case's paper. */
    @Column(name = "petition_id")
    private Long petitionId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Column(name = "document_no")
    private String documentNo;

    private int version;

    private String sha256;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "page_count")
    private int pageCount;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    /** Of a case file: the required items it lacks, 、-separated; null when complete and for other papers. */
    @Column(name = "missing_items")
    private String missingItems;

    protected IssuedDocument() {
    }

    IssuedDocument(Long caseId, DocumentKind kind, String documentNo, int version, String verificationCode,
                   String issuedBy, Instant issuedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.documentNo = documentNo;
        this.version = version;
        this.verificationCode = verificationCode;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** A version of a petition's notice or opinion. */
    static IssuedDocument forPetition(Long petitionId, DocumentKind kind, String documentNo, int version,
                                      String verificationCode, String issuedBy, Instant issuedAt) {
        IssuedDocument document = new IssuedDocument(null, kind, documentNo, version, verificationCode, issuedBy,
                issuedAt);
        document.petitionId = petitionId;
        return document;
    }

    /** What the renderer made of it: the hash and the page count of the PDF as issued. */
    void rendered(String sha256, int pageCount) {
        this.sha256 = sha256;
        this.pageCount = pageCount;
    }

    /** A case file bound without these required items. */
    void lacks(java.util.List<String> items) {
        this.missingItems = items.isEmpty() ? null : String.join("、", items);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getPetitionId() {
        return petitionId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public int getVersion() {
        return version;
    }

    public String getSha256() {
        return sha256;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public int getPageCount() {
        return pageCount;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** Of a case file: the required items it lacks (empty when complete). */
    public java.util.List<String> getMissingItems() {
        return missingItems == null ? java.util.List.of() : java.util.List.of(missingItems.split("、"));
    }
}
