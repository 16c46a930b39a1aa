package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The PDF of one issued version, byte for byte as issued, or the key of the object holding it
 * ({@link FileContentStore}).
 */
@Entity
@Table(name = "document_file")
class DocumentFile extends FileRow {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    protected DocumentFile() {
    }

    DocumentFile(Long documentId, FileContentStore.Kept kept) {
        super(kept);
        this.documentId = documentId;
    }
}
