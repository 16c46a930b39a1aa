package cn.sandiao.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The refusals ({@link InvalidInputException}, {@link ConflictException}) raised while one engine request is served.
 * The engine wraps what a listener or a start form throws into its own exceptions and engine-rest answers them 500
 * with the wrapped message only; the request's filter looks here for the refusal itself (its fields, its reason)
 * to answer it as a refusal. Only a thread that {@link #open() opened} a record keeps one.
 */
public final class Refusals {

    private static final ThreadLocal<Deque<RuntimeException>> RAISED = new ThreadLocal<>();

    private Refusals() {
    }

    /** Starts recording the refusals raised on this thread; {@link #close()} ends it. */
    public static void open() {
        RAISED.set(new ArrayDeque<>());
    }

    public static void close() {
        RAISED.remove();
    }

    /** The last refusal raised on this thread since {@link #open()}, if any. */
    public static Optional<RuntimeException> last() {
        Deque<RuntimeException> raised = RAISED.get();
        return raised == null ? Optional.empty() : Optional.ofNullable(raised.peekLast());
    }

    static void raised(RuntimeException refusal) {
        Deque<RuntimeException> raised = RAISED.get();
        if (raised != null) {
            raised.addLast(refusal);
        }
    }
}
