package cn.sandiao.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns failures of {@code /api/**} into {@link ApiError} answers in Chinese, never a stack trace. */
@RestControllerAdvice(basePackages = "cn.sandiao")
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String BAD_REQUEST = "请求参数有误";

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(),
                        f.isBindingFailure() ? "取值无效：" + f.getRejectedValue() : f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return badRequest(problems);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException e) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err ->
                        new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return badRequest(problems);
    }

    /** An upload larger than the server takes at all (the product's own, lower limit refuses in its own words). */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return badRequest(List.of(new FieldProblem("file", "文件太大")));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return badRequest(List.of(new FieldProblem(e.getRequestPartName(), "请选择要上传的文件")));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
            return badRequest(List.of(new FieldProblem(path(format), "取值无效，可选值：" + allowed)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            boolean date = mismatch.getTargetType() != null && Temporal.class.isAssignableFrom(mismatch.getTargetType());
            return badRequest(List.of(new FieldProblem(path(mismatch),
                    date ? "不是有效日期，格式为YYYY-MM-DD，如2026-10-08" : "类型不正确")));
        }
        return badRequest(List.of(new FieldProblem("body", "请求内容不是有效的JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongParameter(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldProblem(e.getName(), "取值无效：" + e.getValue())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError(404, e.getMessage(), List.of()));
    }

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ApiError> concurrentChange(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError(409, "该记录已被他人同时修改，请刷新后重试", List.of()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, e.getMessage(), List.of()));
    }

    /** Logged where the damage was found, with what was expected; the user gets the Chinese reason only. */
    @ExceptionHandler(DamagedDataException.class)
    ResponseEntity<ApiError> damaged(DamagedDataException e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError(500, e.getMessage(), List.of()));
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ApiError> unavailable(UnavailableException e) {
        LOG.warn("{}：{}", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(new ApiError(503, e.getMessage(), List.of()));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(403, "您无权执行此操作", List.of()));
    }

    /** Our own refusals (a region outside the user's office) carry their reason in Chinese. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ApiError> denied(org.springframework.security.access.AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(403, e.getMessage(), List.of()));
    }

    @ExceptionHandler(NullValueException.class)
    ResponseEntity<ApiError> engineNotFound(NullValueException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError(404, "未找到该任务或流程", List.of()));
    }

    /** The engine wraps what a task listener throws; a rule broken there is still the caller's input. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engineFailure(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return badRequest(invalid.problems());
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) { // Spring's own: unknown path, wrong method, wrong media type
            int status = known.getStatusCode().value();
            return ResponseEntity.status(status).body(new ApiError(status, "请求无法处理：" + known.getStatusCode(), List.of()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (isLockWait(cause)) {
                return busy(e);
            }
        }
        LOG.error("未处理的错误", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError(500, "服务器内部错误，请稍后重试或联系管理员", List.of()));
    }

    /**
     * A row another request holds (the year's case number while registrations queue) was not freed in time, or the
     * database broke a deadlock by rolling this transaction back: it was rolled back whole, so the user may simply
     * try again.
     */
    private static ResponseEntity<ApiError> busy(Exception e) {
        LOG.warn("等待数据库锁超时或死锁，已回滚：{}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(new ApiError(503, "系统繁忙，本次操作未保存，请稍后重试", List.of()));
    }

    /** A lock wait that ran out, however it reaches us: Spring, JPA, the engine's MyBatis (H2 and PostgreSQL). */
    private static boolean isLockWait(Throwable cause) {
        return cause instanceof PessimisticLockingFailureException
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof java.sql.SQLTimeoutException
                || cause instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState());
    }

    private static ResponseEntity<ApiError> badRequest(List<FieldProblem> problems) {
        return ResponseEntity.badRequest().body(new ApiError(400, BAD_REQUEST, problems));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
