package cn.sandiao.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The county's settings for its papers ({@code sandiao.documents.*}).
 *
 * @param templateDir  a folder whose templates (same names as the shipped ones, {@code <name>.html}) replace the
 *                     shipped ones without a rebuild; also where committee seals are found,
 *                     {@code seals/<committee code>.png}. Empty: the shipped templates only.
 * @param numberPrefix the county's short name in document numbers, e.g. 和 in （2026）和人调字第12号
 * @param maxUploadBytes the largest file a case takes (default 10 MB)
 * @param bindAtClosure  whether a people's mediation case's file (卷宗) is bound when the case closes (default yes)
 * @param store        where the bytes of new files (attachments, issued PDFs) go: {@code database} (default) or
 *                     {@code s3}; files already kept are read where they were written
 * @param s3           the S3-compatible bucket, for {@code store: s3}
 */
@ConfigurationProperties("sandiao.documents")
public record DocumentProperties(String templateDir, String numberPrefix, Long maxUploadBytes, Boolean bindAtClosure,
                                 Store store, S3 s3) {

    static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    @ConstructorBinding // the record has a second constructor
    public DocumentProperties {
        numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
        templateDir = templateDir == null || templateDir.isBlank() ? null : templateDir.strip();
        maxUploadBytes = maxUploadBytes == null ? DEFAULT_MAX_UPLOAD_BYTES : maxUploadBytes;
        bindAtClosure = bindAtClosure == null || bindAtClosure;
        store = store == null ? Store.DATABASE : store;
        s3 = s3 == null ? new S3(null, null, null, null, null, null) : s3;
    }

    /** The settings before the S3 store existed. */
    DocumentProperties(String templateDir, String numberPrefix, Long maxUploadBytes, Boolean bindAtClosure) {
        this(templateDir, numberPrefix, maxUploadBytes, bindAtClosure, null, null);
    }

    public enum Store {
        /** In the row itself, so that every node of a cluster has it with nothing else to run. */
        DATABASE,
        /** In an S3-compatible bucket; the row keeps the object's key. */
        S3
    }

    /**
     * An S3-compatible bucket ({@code sandiao.documents.s3.*}). The keys have no default: none is shipped.
     *
     * @param endpoint  e.g. {@code https://minio.example.gov.cn:9000}; empty: AWS S3 itself
     * @param region    the region the signature names (default {@code us-east-1}, which most S3-compatible stores
     *                  accept)
     * @param pathStyle bucket in the path ({@code endpoint/bucket/key}, default) rather than in the host name
     */
    public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey,
                     Boolean pathStyle) {

        public S3 {
            endpoint = blankToNull(endpoint);
            region = blankToNull(region) == null ? "us-east-1" : region.strip();
            bucket = blankToNull(bucket);
            accessKey = blankToNull(accessKey);
            secretKey = blankToNull(secretKey);
            pathStyle = pathStyle == null || pathStyle;
        }

        /** Never the secret key: this may end up in a log. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle=" + pathStyle
                    + "]";
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
