package dev.kunai.throttling;

/**
 * A {@link ThrottleStore} could not answer (unreachable, timed out). The throttle stage logs it once and
 * fails open (lets the request through) or closed ({@code 503}), as configured; it is never a 500.
 */
public class ThrottleStoreException extends RuntimeException {

    /** A failure with a message naming the store and the cause. */
    public ThrottleStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
