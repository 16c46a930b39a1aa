package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A file taken into a case: a signed scan, evidence, an identity paper, a receipt. The bytes are kept apart. */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private AttachmentCategory category;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    private String note;

    /** For a signed agreement: the day the last signature or seal was put on it (the day it took effect). */
    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Long caseId, AttachmentCategory category, String fileName, FileKind kind, long sizeBytes,
               String sha256, String note, LocalDate signedOn, String uploadedBy, Instant uploadedAt) {
        this.caseId = caseId;
        this.category = category;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.note = note;
        this.signedOn = signedOn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public AttachmentCategory getCategory() {
        return category;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
