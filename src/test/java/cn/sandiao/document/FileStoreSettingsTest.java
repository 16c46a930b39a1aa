package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Which store keeps the files is the configuration's choice: the database unless {@code sandiao.documents.store: s3};
 * the S3 store has no shipped keys and refuses to start, naming each missing setting, without them.
 */
class FileStoreSettingsTest {

    private final ApplicationContextRunner documents = new ApplicationContextRunner()
            .withUserConfiguration(DocumentConfiguration.class);

    @Test
    void shouldKeepFilesInTheDatabaseByDefault() {
        documents.run(context -> assertThat(context.getBean(FileContentStore.class))
                .isInstanceOf(DatabaseContentStore.class));
        documents.withPropertyValues("sandiao.documents.store=database").run(context ->
                assertThat(context.getBean(FileContentStore.class)).isInstanceOf(DatabaseContentStore.class));
    }

    @Test
    void shouldRefuseToStartTheS3StoreWithoutItsBucketAndKeysNamingEach() {
        documents.withPropertyValues("sandiao.documents.store=s3", "sandiao.documents.s3.endpoint=http://127.0.0.1:9000",
                "sandiao.documents.s3.access-key=sandiao").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure())).isInstanceOf(IllegalStateException.class)
                            .hasMessage("文件存储配置不完整：sandiao.documents.store 为 s3 时须设置 "
                                    + "sandiao.documents.s3.bucket（SANDIAO_DOCUMENTS_S3_BUCKET）、"
                                    + "sandiao.documents.s3.secret-key（SANDIAO_DOCUMENTS_S3_SECRETKEY），这些设置没有默认值。"
                                    + " / File store not configured: with sandiao.documents.store=s3, set "
                                    + "sandiao.documents.s3.bucket (SANDIAO_DOCUMENTS_S3_BUCKET), "
                                    + "sandiao.documents.s3.secret-key (SANDIAO_DOCUMENTS_S3_SECRETKEY); they have no defaults.");
                });
    }

    @Test
    void shouldStartTheS3StoreWithItsSettingsAndNeverShowTheSecretKey() {
        documents.withPropertyValues("sandiao.documents.store=S3", "sandiao.documents.s3.endpoint=http://127.0.0.1:9000",
                "sandiao.documents.s3.bucket=sandiao", "sandiao.documents.s3.access-key=sandiao",
                "sandiao.documents.s3.secret-key=very-secret-key").run(context -> {
                    assertThat(context.getBean(FileContentStore.class)).isInstanceOf(S3ContentStore.class);
                    DocumentProperties properties = context.getBean(DocumentProperties.class);
                    assertThat(properties.s3().pathStyle()).isTrue();
                    assertThat(properties.s3().region()).isEqualTo("us-east-1");
                    assertThat(properties.toString()).doesNotContain("very-secret-key");
                });
    }

    @Test
    void shouldRefuseAnUnknownStore() {
        documents.withPropertyValues("sandiao.documents.store=ftp").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(IllegalArgumentException.class);
            Throwable bind = context.getStartupFailure();
            while (bind != null && !(bind instanceof BindException)) {
                bind = bind.getCause();
            }
            assertThat(bind).isNotNull().hasMessageContaining("sandiao.documents.store");
        });
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
