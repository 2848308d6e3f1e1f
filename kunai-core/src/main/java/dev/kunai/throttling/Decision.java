package dev.kunai.throttling;

/**
 * What a {@link ThrottleStore} answered for one request against one bucket.
 *
 * @param allowed        whether the request took a token (false: answer 429)
 * @param limit          the bucket's capacity, the rate's limit ({@code RateLimit-Limit})
 * @param remaining      tokens left after this request ({@code RateLimit-Remaining})
 * @param retryAfterNanos when denied, nanoseconds until a token is available ({@code Retry-After}); else 0
 * @param resetNanos     nanoseconds until the bucket is full again ({@code RateLimit-Reset})
 */
public record Decision(boolean allowed, long limit, long remaining, long retryAfterNanos, long resetNanos) {

    /** {@code nanos} rounded up to whole seconds, at least 1 when positive (HTTP's delta-seconds). */
    public static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
