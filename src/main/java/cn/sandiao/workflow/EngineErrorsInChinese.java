package cn.sandiao.workflow;

import cn.sandiao.common.ConflictException;
import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.Refusals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Our own refusals raised inside the engine (a task listener, a start form) reach engine-rest and Tasklist as an
 * engine failure: 500, the message prefixed with the engine's English and Java class names or engine codes. They
 * are answered instead as /api answers them: 400 for bad input, 409 for a conflict, in the engine's error format
 * so that Tasklist shows it, the message being the Chinese sentence alone with each field named by its label
 * ({@code 申请人身份证号码：…}), and {@code fieldErrors} giving each field's form key, label and reason (Tasklist's
 * {@code scripts/form-messages-zh.js} shows them by their fields).
 * <p>
 * The refusal itself is taken from {@link Refusals}, which records those raised while this request is served;
 * it is used when the engine's answer carries its reason. Any other error answer to a form submission that
 * would show a class name or an engine code, or says nothing in Chinese (engine-rest's own "Cannot convert
 * value…"), keeps its status and says in Chinese that the form was not taken.
 */
class EngineErrorsInChinese extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorsInChinese.class);
    /** What a user must never read: Java class names, engine codes, stack frames. */
    static final Pattern TECHNICAL = Pattern.compile(
            "ENGINE-\\d+|\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\w*Exception\\b|\\bat [a-z]+\\.");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern FORM_SUBMISSION = Pattern.compile("/(?:task/[^/]+/(?:complete|submit-form)"
            + "|process-definition/.+/submit-form)$");

    private final ObjectMapper json;
    private final FormLabels labels;

    EngineErrorsInChinese(ObjectMapper json, FormLabels labels) {
        this.json = json;
        this.labels = labels;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("GET")) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Refusals.open();
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 400) {
                translate(request, answer);
            }
        } finally {
            Refusals.close();
        }
        answer.copyBodyToResponse();
    }

    private void translate(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(answer.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        String message = body == null ? "" : body.path("message").asText("");
        RuntimeException refusal = Refusals.last().orElse(null);
        if (refusal != null && answer.getStatus() >= 500 && message.contains(refusal.getMessage())) {
            if (refusal instanceof InvalidInputException invalid) {
                List<FieldProblem> problems = invalid.problems();
                write(answer, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                        problems.stream().map(labels::sentence).collect(Collectors.joining("；")), problems);
            } else if (refusal instanceof ConflictException) {
                write(answer, HttpServletResponse.SC_CONFLICT, "RestException", refusal.getMessage(), List.of());
            }
            return;
        }
        if (FORM_SUBMISSION.matcher(request.getRequestURI()).find()
                && (TECHNICAL.matcher(message).find() || !HAN.matcher(message).find())) {
            LOG.warn("表单提交未被受理（{}）：{}", answer.getStatus(), message);
            boolean input = answer.getStatus() < 500;
            write(answer, answer.getStatus(), body.path("type").asText("RestException"), input
                    ? "表单内容有误，未能提交：请检查各项填写是否完整、格式是否正确后重试"
                    : "表单未能提交，请稍后重试；如仍不成功，请联系管理员", List.of());
        }
    }

    private void write(ContentCachingResponseWrapper answer, int status, String type, String message,
            List<FieldProblem> problems) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("fieldErrors", problems.stream().map(p -> {
            String key = labels.formKey(p.field());
            Map<String, String> field = new LinkedHashMap<>();
            field.put("field", key);
            field.put("label", labels.label(key).orElse(""));
            field.put("message", p.message());
            return field;
        }).toList());
        answer.resetBuffer();
        answer.setStatus(status);
        answer.setContentType("application/json;charset=UTF-8");
        answer.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
