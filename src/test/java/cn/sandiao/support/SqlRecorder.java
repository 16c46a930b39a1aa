package cn.sandiao.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends while a test is recording, with who sent them: the engine,
 * Hibernate or our own JDBC, and the first of our classes on the stack. Off, it only passes calls through.
 */
public final class SqlRecorder implements BeanPostProcessor {

    /** One statement as sent: its text, the layer that sent it, our class that caused it and the thread. */
    public record Sent(String sql, String layer, String cause, String thread) {

        public String verb() {
            return verbOf(sql);
        }

        /** The table a statement is mainly about (after FROM, INTO or UPDATE), for grouping. */
        public String table() {
            String lower = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (String word : List.of(" from ", "insert into ", "update ", "delete from ")) {
                int at = lower.startsWith(word.strip()) ? word.strip().length() : lower.indexOf(word);
                if (at >= 0) {
                    String rest = lower.substring(at + (lower.startsWith(word.strip()) ? 0 : word.length())).strip();
                    int end = rest.indexOf(' ');
                    return (end < 0 ? rest : rest.substring(0, end)).replaceAll("[(,;]", "");
                }
            }
            return "?";
        }
    }

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "addBatch",
            "executeLargeUpdate");
    private static volatile List<Sent> recording;
    private static volatile List<String> commits;

    /** Starts a fresh recording; statements from every thread count until {@link #stop()}. */
    public static void start() {
        recording = java.util.Collections.synchronizedList(new ArrayList<>());
        commits = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    /**
     * The commits of transactions that wrote, since {@link #start()} and until {@link #stop()}, each by the first of our classes on the stack:
     * with durable commits every one of them is a write to the database file.
     */
    public static List<String> writingCommits() {
        List<String> recorded = commits;
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    public static List<Sent> stop() {
        List<Sent> recorded = recording;
        recording = null;
        commits = null;
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        boolean[] wrote = {false};
        Runnable writes = () -> {
            if (commits == null) {
                return; // not recording: pass calls through
            }
            try {
                if (connection.getAutoCommit()) {
                    recordCommit(); // the statement commits itself
                } else {
                    wrote[0] = true;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (method.getName().equals("commit") && wrote[0]) {
                recordCommit();
            }
            if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                wrote[0] = false;
            }
            Object result = invoke(target, method, args);
            if (PREPARING.contains(method.getName()) && args != null && args[0] instanceof String sql) {
                record(sql);
                if (writes(sql)) {
                    writes.run();
                }
            }
            if (result instanceof Statement statement && !PREPARING.contains(method.getName())) {
                return plainStatement(statement, writes);
            }
            return result;
        });
    }

    /** A plain Statement carries its SQL on execute, not on creation. */
    private static Statement plainStatement(Statement statement, Runnable writes) {
        return proxy(Statement.class, statement, (target, method, args) -> {
            if (EXECUTING.contains(method.getName()) && args != null && args.length > 0 && args[0] instanceof String sql) {
                record(sql);
                if (writes(sql)) {
                    writes.run();
                }
            }
            return invoke(target, method, args);
        });
    }

    private static final Set<String> READING = Set.of("SELECT", "WITH", "VALUES", "SET", "CALL");

    private static String verbOf(String sql) {
        return sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static boolean writes(String sql) {
        return !READING.contains(verbOf(sql));
    }

    private static void recordCommit() {
        List<String> into = commits;
        if (into != null) {
            into.add(firstOfOurs());
        }
    }

    private static String firstOfOurs() {
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String ours = ours(frame);
            if (ours != null) {
                return ours;
            }
        }
        return "?";
    }

    /** "Class.method" when the frame is one of our application's classes (not this test support), else null. */
    private static String ours(StackTraceElement frame) {
        String type = frame.getClassName();
        String simpleName = type.substring(type.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
        boolean ours = type.startsWith("cn.sandiao.") && !type.startsWith("cn.sandiao.support.") && !simpleName.isEmpty();
        return ours ? simpleName + "." + frame.getMethodName() : null;
    }

    private static void record(String sql) {
        List<Sent> into = recording;
        if (into == null) {
            return;
        }
        // the frames between the driver and the first of our classes say which layer sent it; the engine's
        // MyBatis runs under Spring's transaction-aware proxy, so the engine is looked for before Spring's JDBC
        boolean engine = false;
        boolean hibernate = false;
        boolean jdbc = false;
        String cause = "?";
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String type = frame.getClassName();
            String ours = ours(frame);
            if (ours != null) {
                cause = ours;
                break;
            }
            engine |= type.startsWith("org.camunda") || type.startsWith("org.apache.ibatis");
            hibernate |= type.startsWith("org.hibernate");
            jdbc |= type.startsWith("org.springframework.jdbc.core");
        }
        String layer = engine ? "engine" : hibernate ? "hibernate" : jdbc ? "jdbc" : "other";
        into.add(new Sent(sql, layer, cause, Thread.currentThread().getName()));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }
}
