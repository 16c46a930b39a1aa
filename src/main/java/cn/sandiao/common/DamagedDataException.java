package cn.sandiao.common;

/**
 * Stored data no longer is what was stored (a file whose bytes do not match the SHA-256 kept when it was taken in,
 * or whose bytes are gone): refused with a Chinese message rather than handed out, since a tampered scan or paper
 * must never pass for the original. Answered 500: the fault is the server's, not the request's.
 */
public class DamagedDataException extends RuntimeException {

    public DamagedDataException(String message) {
        super(message);
    }
}
