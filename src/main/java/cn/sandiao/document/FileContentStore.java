package cn.sandiao.document;

/**
 * Where the bytes of a file (an attachment, an issued or bound PDF) are kept: in its database row (the default) or
 * in an S3-compatible bucket ({@code sandiao.documents.store: s3}), the row then keeping the object's key. The
 * setting decides where new files go; a file is always read where it was written ({@link StoredFiles}), so
 * switching the store leaves the files kept before readable.
 */
interface FileContentStore {

    /**
     * Keeps {@code content} in the running transaction's terms: when the transaction rolls back, nothing of it
     * stays. {@code name} says what it is (e.g. {@code attachments/12}). Unreachable store: {@code UnavailableException}.
     */
    Kept put(String name, byte[] content);

    /** The bytes of an object this kind of store put, by its key; null when the object is gone. */
    byte[] get(String objectKey);

    /** What the row keeps: the bytes themselves, or the key of the object that holds them. */
    record Kept(byte[] content, String objectKey) {

        public Kept {
            if ((content == null) == (objectKey == null)) {
                throw new IllegalArgumentException("either the bytes or an object's key");
            }
        }
    }
}
