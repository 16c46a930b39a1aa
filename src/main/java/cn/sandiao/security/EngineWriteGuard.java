package cn.sandiao.security;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.Roles;
import cn.sandiao.workflow.FormFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a user other than the Camunda administrator may write through engine-rest and the webapps' engine API
 * (Tasklist, Cockpit): a task is worked only through its form, and nothing that says which case a step is about,
 * who may see or do it, or when it is due can be written from outside. In detail:
 * <ul>
 *   <li>completing a task or submitting a start form takes the form's own fields only (400 naming the key);</li>
 *   <li>variables are not written directly, messages, signals and conditions are not sent, and processes are not
 *       started without their start form (403);</li>
 *   <li>a task is claimed for oneself only; it is not delegated, its candidates are not changed, and an update
 *       may move its follow-up date only (403).</li>
 * </ul>
 * The check runs after the engine knows the user (engine-rest's and the webapps' authentication filters), on the
 * engine the request is served by.
 */
class EngineWriteGuard extends OncePerRequestFilter {

    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?/(.+)$");
    private static final Pattern WEBAPP_ENGINE_API = Pattern.compile("^/camunda/api/engine/engine/([^/]+)/(.+)$");

    private static final Pattern TASK_FORM = Pattern.compile("^task/([^/]+)/(complete|submit-form)$");
    private static final Pattern START_FORM =
            Pattern.compile("^process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/submit-form$");
    private static final Pattern ASSIGNEE = Pattern.compile("^task/([^/]+)/assignee$");
    private static final Pattern TASK = Pattern.compile("^task/([^/]+)$");
    /** Camunda Admin's 解锁 and engine-rest's unlock: the administrator lifts a user's wait, which is audited. */
    private static final Pattern UNLOCK = Pattern.compile("^user/([^/]+)/unlock$");
    private static final List<Pattern> NEVER = List.of(
            Pattern.compile("^(task|process-instance|execution)/[^/]+/(variables|localVariables)(/.*)?$"),
            Pattern.compile("^process-instance/variables-async$"),
            Pattern.compile("^execution/[^/]+/(signal|messageSubscriptions/.+)$"),
            Pattern.compile("^(message|signal|condition)(/.*)?$"),
            Pattern.compile("^task/[^/]+/(delegate|resolve|bpmnError|bpmnEscalation|identity-links(/delete)?)$"),
            Pattern.compile("^task/create$"),
            Pattern.compile("^external-task/[^/]+/.+$"),
            Pattern.compile("^process-definition/.+/(start|restart|restart-async)$"));
    /** What a form field holds; an Object value would be deserialized into whatever class it names. */
    private static final Set<String> FORM_VALUE_TYPES =
            Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");
    /** engine-rest's date format. */
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ObjectMapper json;
    private final FormFields formFields;
    private final AuditLog auditLog;

    EngineWriteGuard(ObjectMapper json, FormFields formFields, AuditLog auditLog) {
        this.json = json;
        this.formFields = formFields;
        this.auditLog = auditLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        Matcher path = enginePath(request);
        if (path == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        if (method.equals("PUT") && TASK.matcher(path.group(2)).matches()) {
            request = withoutFormRef(new CachedBody(request));
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(path.group(1));
        Authentication user = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getGroupIds() != null && user.getGroupIds().contains(Roles.CAMUNDA_ADMIN)) {
            chain.doFilter(request, response); // no user: the engine refuses; the administrator may do anything
            Matcher unlock = UNLOCK.matcher(path.group(2));
            if (user != null && method.equals("POST") && unlock.matches()
                    && response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
                auditLog.recordAlone(user.getUserId(), AuditAction.ACCOUNT_UNLOCKED,
                        "解除用户 " + URLDecoder.decode(unlock.group(1), StandardCharsets.UTF_8) + " 的登录暂停");
            }
            return;
        }
        CachedBody body = new CachedBody(request);
        try {
            check(method, path.group(2), body, engine, user);
        } catch (InvalidInputException refused) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", refused.getMessage());
            return;
        } catch (Refused refused) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", refused.getMessage());
            return;
        } catch (AuthorizationException notTheirs) {
            // the task or definition is not the user's: let the engine give its own answer
        }
        chain.doFilter(body, response);
    }

    private void check(String method, String path, CachedBody body, ProcessEngine engine, Authentication user)
            throws IOException {
        for (Pattern never : NEVER) {
            if (never.matcher(path).matches()) {
                throw new Refused("不能直接修改流程数据或发起流程：请在任务表单中办理，或通过登记表单发起");
            }
        }
        Matcher match;
        if (method.equals("POST") && (match = TASK_FORM.matcher(path)).matches()) {
            Task task = task(engine, match.group(1));
            if (task != null) {
                keepOnly(body, formFields.taskFieldsToStore(engine.getFormService(), engine.getTaskService(), task,
                        submittedKeys(body)));
            }
        } else if (method.equals("POST") && (match = START_FORM.matcher(path)).matches()) {
            String definitionId = match.group(2) != null ? match.group(2) : latest(engine, match.group(1));
            if (definitionId != null) {
                keepOnly(body, formFields.startFieldsToStore(engine.getFormService(), definitionId, submittedKeys(body)));
            }
        } else if (method.equals("POST") && ASSIGNEE.matcher(path).matches()) {
            JsonNode userId = read(body).path("userId");
            if (!userId.isNull() && !userId.isMissingNode() && !userId.asText().equals(user.getUserId())) {
                throw new Refused("只能认领给自己；如需交由他人办理，请退回本组由其认领");
            }
        } else if (method.equals("PUT") && (match = TASK.matcher(path)).matches()) {
            Task task = task(engine, match.group(1));
            if (task != null) {
                requireOnlyFollowUpChanged(task, read(body));
            }
        } else if (method.equals("DELETE") && TASK.matcher(path).matches()) {
            throw new Refused("不能删除任务");
        }
    }

    /**
     * Tasklist sends back the whole task it read to set a follow-up date, with the task's form reference, which the
     * engine's REST API writes but cannot read ("Cannot construct instance of …CamundaFormRef"); updating a task
     * never changes its form, so the reference is left out (sent as null, as for a task without one).
     */
    private CachedBody withoutFormRef(CachedBody body) throws IOException {
        if (body.bytes.length > 0) {
            try {
                if (json.readTree(body.bytes) instanceof ObjectNode task && task.hasNonNull("camundaFormRef")) {
                    task.putNull("camundaFormRef");
                    body.replace(json.writeValueAsBytes(task));
                }
            } catch (JsonProcessingException notJson) {
                // the engine answers it as it would
            }
        }
        return body;
    }

    /** Tasklist sends the whole task when a follow-up date is set: every other field must stay as it is. */
    private static void requireOnlyFollowUpChanged(Task task, JsonNode update) {
        Map<String, String> current = new HashMap<>();
        current.put("name", task.getName());
        current.put("assignee", task.getAssignee());
        current.put("owner", task.getOwner());
        current.put("delegationState", task.getDelegationState() == null ? null : task.getDelegationState().name());
        current.put("parentTaskId", task.getParentTaskId());
        current.put("caseInstanceId", task.getCaseInstanceId());
        current.put("tenantId", task.getTenantId());
        boolean changed = current.entrySet().stream().anyMatch(field -> update.has(field.getKey())
                && !Objects.equals(update.get(field.getKey()).isNull() ? null : update.get(field.getKey()).asText(),
                        field.getValue()))
                || update.has("due") && !sameMoment(update.get("due"), task.getDueDate());
        if (changed) {
            throw new Refused("任务的办理人、期限等由流程规则决定，不能修改（可设置跟进日期）");
        }
    }

    private static boolean sameMoment(JsonNode sent, Date due) {
        if (sent.isNull() || sent.asText().isBlank()) {
            return due == null;
        }
        if (due == null) {
            return false;
        }
        try {
            return OffsetDateTime.parse(sent.asText(), ENGINE_DATE).toInstant().toEpochMilli() / 1000
                    == due.getTime() / 1000;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Task task(ProcessEngine engine, String id) {
        return engine.getTaskService().createTaskQuery().taskId(id).singleResult();
    }

    private static String latest(ProcessEngine engine, String key) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult();
        return definition == null ? null : definition.getId();
    }

    /** The names of the submitted values, each a plain value (text, number, date, yes/no) or refused. */
    private List<String> submittedKeys(CachedBody body) throws IOException {
        List<String> keys = new ArrayList<>();
        read(body).path("variables").fields().forEachRemaining(field -> {
            JsonNode type = field.getValue().path("type");
            if (!type.isMissingNode() && !type.isNull()
                    && !FORM_VALUE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(field.getKey(), "只能提交文字、数字、日期或是否，不能提交" + type.asText() + "类型的值");
            }
            keys.add(field.getKey());
        });
        return keys;
    }

    /** The engine gets only the values to store: a read-only field sent back with the form is left out. */
    private void keepOnly(CachedBody body, Set<String> stored) throws IOException {
        JsonNode root = read(body);
        if (root.path("variables") instanceof ObjectNode variables && variables.size() > stored.size()) {
            variables.retain(stored);
            body.replace(json.writeValueAsBytes(root));
        }
    }

    private JsonNode read(CachedBody body) throws IOException {
        if (body.bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body.bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "请求内容不是有效的 JSON");
        }
    }

    private static Matcher enginePath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        for (Pattern api : List.of(ENGINE_REST, WEBAPP_ENGINE_API)) {
            Matcher matcher = api.matcher(uri);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }

    /** In the engine's error format, so that Tasklist shows the sentence to the user. */
    private void answer(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", type, "message", message)));
    }

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The request body read once, for the check and again for the engine. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private byte[] bytes;

        CachedBody(HttpServletRequest request) throws IOException {
            super(request);
            this.bytes = request.getInputStream().readAllBytes();
        }

        void replace(byte[] changed) {
            bytes = changed;
        }

        @Override
        public int getContentLength() {
            return bytes.length;
        }

        @Override
        public long getContentLengthLong() {
            return bytes.length;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(bytes.length) : super.getHeader(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
