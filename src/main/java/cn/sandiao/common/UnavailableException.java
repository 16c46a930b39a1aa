package cn.sandiao.common;

/**
 * A service the request needs (the S3-compatible file store) cannot be reached: answered 503 with a Chinese
 * sentence. The request's transaction was rolled back whole, so the user may simply try again.
 */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
