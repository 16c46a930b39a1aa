package cn.sandiao.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Instant;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every moment our API answers with (a report's generatedAt, a timeline's time, an audit entry's time) is written
 * as China's time with its offset, to the second: 2026-12-04T20:20:06+08:00, not UTC's 2026-12-04T12:20:06.688454856Z.
 * It is still ISO 8601: a program reads it as the same instant (Instant.parse, JavaScript's Date).
 */
@Configuration(proxyBeanMethods = false)
class JsonTimeConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer chinaTimeInJson() {
        return builder -> builder.serializerByType(Instant.class, new JsonSerializer<Instant>() {
            @Override
            public void serialize(Instant value, JsonGenerator out, SerializerProvider serializers) throws IOException {
                out.writeString(ChinaTime.offsetTime(value));
            }
        });
    }
}
