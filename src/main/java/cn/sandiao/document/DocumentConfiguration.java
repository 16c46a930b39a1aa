package cn.sandiao.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentConfiguration.class);

    /** Where new files go, by {@code sandiao.documents.store}; the S3 store refuses to start without its settings. */
    @Bean
    FileContentStore fileContentStore(DocumentProperties properties) {
        return properties.store() == DocumentProperties.Store.S3 ? S3ContentStore.of(properties.s3())
                : new DatabaseContentStore();
    }

    /** The font takes seconds to prepare: done once the application is up, so that no mediator waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareFontInTheBackground() {
        Thread preparing = new Thread(() -> {
            try {
                DocumentFont.bytes();
            } catch (RuntimeException e) {
                LOG.error("文书字体准备失败", e);
            }
        }, "document-font");
        preparing.setDaemon(true);
        preparing.setPriority(Thread.MIN_PRIORITY);
        preparing.start();
    }
}
