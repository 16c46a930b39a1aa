package cn.sandiao.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that accepts gzip gets the webapps' large scripts compressed, whole once unpacked; API answers, which
 * hold personal data, are never compressed (BREACH).
 */
@IntegrationTest
class CompressedAssetsTest {

    private static final String DEPS = "/camunda/lib/deps.js?bust=7.24.0";

    @LocalServerPort int port;
    @Autowired Clock clock;

    // it does not unpack: the wire as the browser gets it
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void shouldSendTheWebappsScriptsGzippedToABrowserThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> plain = get(DEPS, null);
        HttpResponse<byte[]> gzipped = get(DEPS, "gzip, deflate, br");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).as("a third of the size or less").isLessThan(plain.body().length / 3);
        assertThat(unzip(gzipped.body())).isEqualTo(plain.body());
    }

    @Test
    void shouldNeverCompressAnApiAnswer() throws Exception {
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/statistics/monthly?region=990101&month="
                        + YearMonth.from(ChinaTime.today(clock)))).header("Accept-Encoding", "gzip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("stats:stats".getBytes())));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length).as("the county's report, large enough to compress").isGreaterThan(2048);
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] unzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
