package dev.kunai.redis;

/** Redis could not be reached or did not answer within the configured timeout. */
public class RedisUnavailableException extends RuntimeException {

    /** A failure naming the Redis address (never its credentials) and the cause. */
    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
