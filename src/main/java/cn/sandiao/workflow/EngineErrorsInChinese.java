package cn.sandiao.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Our own refusals raised inside the engine (a task listener, a start form) reach engine-rest and Tasklist as an
 * engine failure, 500 with Java class names in the message. They are answered instead as /api answers them: 400
 * for bad input, 409 for a conflict, with the Chinese sentence alone ({@code field：reason}), in the engine's
 * error format so that Tasklist shows it.
 */
class EngineErrorsInChinese extends OncePerRequestFilter {

    private static final Pattern OURS = Pattern.compile(
            "cn\\.sandiao\\.common\\.(InvalidInputException|ConflictException): (.*?)'?$", Pattern.DOTALL);

    private final ObjectMapper json;

    EngineErrorsInChinese(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("GET")) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() >= 500) {
            translate(answer);
        }
        answer.copyBodyToResponse();
    }

    private void translate(ContentCachingResponseWrapper answer) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(answer.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        Matcher ours = OURS.matcher(body == null ? "" : body.path("message").asText());
        if (!ours.find()) {
            return;
        }
        boolean conflict = ours.group(1).equals("ConflictException");
        answer.resetBuffer();
        answer.setStatus(conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        answer.setContentType("application/json;charset=UTF-8");
        answer.getOutputStream().write(json.writeValueAsBytes(Map.of(
                "type", conflict ? "RestException" : "InvalidRequestException", "message", ours.group(2).strip())));
    }
}
