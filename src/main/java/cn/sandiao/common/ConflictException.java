package cn.sandiao.common;

/** The request collides with what another request did or is doing: answered 409 with a Chinese message. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
        Refusals.raised(this);
    }
}
