package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, in the database so that every node of a cluster has them. */
@Entity
@Table(name = "attachment_file")
class AttachmentFile {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    private byte[] content;

    protected AttachmentFile() {
    }

    AttachmentFile(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
