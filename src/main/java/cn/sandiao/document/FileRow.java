package cn.sandiao.document;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Where a file's bytes are: in the row itself (the database store, and every file kept before the S3 store
 * existed) or in the object the key names (the S3 store). Exactly one of the two is set.
 */
@MappedSuperclass
abstract class FileRow {

    private byte[] content;

    @Column(name = "object_key")
    private String objectKey;

    protected FileRow() {
    }

    FileRow(FileContentStore.Kept kept) {
        this.content = kept.content();
        this.objectKey = kept.objectKey();
    }

    /** The bytes, when the row holds them; null when an object does. */
    byte[] content() {
        return content;
    }

    String objectKey() {
        return objectKey;
    }
}
