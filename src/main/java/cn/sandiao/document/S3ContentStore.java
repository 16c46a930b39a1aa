package cn.sandiao.document;

import cn.sandiao.common.UnavailableException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The bytes in an S3-compatible bucket (MinIO, a government cloud's object storage, AWS S3), one object per file
 * under a key of its own; the row keeps the key. An object is put inside the database transaction that writes its
 * row and deleted again if that transaction rolls back, so neither a row without its object nor (short of a crash
 * between the two) an object without its row is left behind.
 */
class S3ContentStore implements FileContentStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(S3ContentStore.class);
    static final String UNAVAILABLE_ON_UPLOAD = "文件存储暂不可用，请稍后再试；已填写的内容未丢失";
    static final String UNAVAILABLE_ON_READ = "文件存储暂不可用，请稍后再试";
    private static final String PREFIX = "sandiao.documents.s3.";

    private final S3Client s3;
    private final String bucket;

    S3ContentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The store the settings describe; refuses, naming each setting, when one it needs is missing. */
    static S3ContentStore of(DocumentProperties.S3 settings) {
        List<String> missing = new ArrayList<>();
        if (settings.bucket() == null) {
            missing.add("bucket");
        }
        if (settings.accessKey() == null) {
            missing.add("access-key");
        }
        if (settings.secretKey() == null) {
            missing.add("secret-key");
        }
        if (!missing.isEmpty()) {
            List<String> named = missing.stream().map(name -> PREFIX + name + "（" + variableOf(PREFIX + name) + "）")
                    .toList();
            throw new IllegalStateException("文件存储配置不完整：sandiao.documents.store 为 s3 时须设置 "
                    + String.join("、", named) + "，这些设置没有默认值。"
                    + " / File store not configured: with sandiao.documents.store=s3, set "
                    + String.join(", ", named.stream().map(n -> n.replace("（", " (").replace("）", ")")).toList())
                    + "; they have no defaults.");
        }
        URI endpoint = null;
        if (settings.endpoint() != null) {
            endpoint = URI.create(settings.endpoint());
            if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())
                    || endpoint.getHost() == null) {
                throw new IllegalStateException(PREFIX + "endpoint 须为 http:// 或 https:// 开头的地址（当前为 "
                        + settings.endpoint() + "） / " + PREFIX + "endpoint must be an http:// or https:// address");
            }
        }
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                // S3-compatible stores do not all know the checksums the SDK adds by default; the SHA-256 the row
                // keeps is checked on every read anyway
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // a user waits on the other end: a store that does not answer is unavailable, not slow
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        LOG.info("文件存储：S3兼容存储 {}", settings);
        return new S3ContentStore(builder.build(), settings.bucket());
    }

    @Override
    public Kept put(String name, byte[] content) {
        // never the same key twice: a rolled-back upload's id may be met again in another database on the bucket
        String key = name + "-" + UUID.randomUUID();
        try {
            s3.putObject(request -> request.bucket(bucket).key(key).contentLength((long) content.length)
                    .contentType("application/octet-stream"), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            logServiceFault("保存", key, e);
            throw new UnavailableException(UNAVAILABLE_ON_UPLOAD, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    // only a known rollback: after an unknown outcome the row may have been committed with its key
                    if (status == STATUS_ROLLED_BACK) {
                        delete(key);
                    } else if (status == STATUS_UNKNOWN) {
                        LOG.warn("文件对象 {} 所在的数据库事务结果未知，对象已保留", key);
                    }
                }
            });
        }
        return new Kept(null, key);
    }

    @Override
    public byte[] get(String objectKey) {
        try {
            return s3.getObjectAsBytes(request -> request.bucket(bucket).key(objectKey)).asByteArray();
        } catch (NoSuchKeyException gone) {
            LOG.error("文件对象 {} 在存储桶 {} 中不存在", objectKey, bucket);
            return null;
        } catch (SdkException e) {
            logServiceFault("读取", objectKey, e);
            throw new UnavailableException(UNAVAILABLE_ON_READ, e);
        }
    }

    private void delete(String key) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            // an object no row names: harmless, found by listing the bucket against the rows
            LOG.warn("数据库事务已回滚，但文件对象 {} 未能从存储桶 {} 删除：{}", key, bucket, e.toString());
        }
    }

    /** The store answered, but refused (wrong keys, no such bucket): the administrator's to fix, so said loudly. */
    private void logServiceFault(String what, String key, SdkException e) {
        if (e instanceof S3Exception refused) {
            LOG.error("文件存储拒绝{}文件对象 {}（存储桶 {}）：HTTP {} {}", what, key, bucket, refused.statusCode(),
                    refused.awsErrorDetails() == null ? refused.getMessage() : refused.awsErrorDetails().errorCode());
        }
    }

    /** {@code sandiao.documents.s3.access-key} → SANDIAO_DOCUMENTS_S3_ACCESSKEY. */
    private static String variableOf(String setting) {
        return setting.replace("-", "").replace('.', '_').toUpperCase();
    }

    @Override
    public void close() {
        s3.close();
    }
}
