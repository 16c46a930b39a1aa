package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF of one issued version, byte for byte as issued; in the database, so every node of a cluster has it. */
@Entity
@Table(name = "document_file")
class DocumentFile {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    private byte[] content;

    protected DocumentFile() {
    }

    DocumentFile(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
