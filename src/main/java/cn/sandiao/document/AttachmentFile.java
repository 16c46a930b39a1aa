package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, or the key of the object holding them ({@link FileContentStore}). */
@Entity
@Table(name = "attachment_file")
class AttachmentFile extends FileRow {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    protected AttachmentFile() {
    }

    AttachmentFile(Long attachmentId, FileContentStore.Kept kept) {
        super(kept);
        this.attachmentId = attachmentId;
    }
}
