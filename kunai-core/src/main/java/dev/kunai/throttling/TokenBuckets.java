package dev.kunai.throttling;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The Bucket4j side of the in-memory store: a {@link Rate} becomes a token bucket of {@code limit} tokens
 * refilled all at once every {@code period} ("interval" refill), so exactly {@code limit} requests pass per
 * window, and a consumption probe becomes a {@link Decision}.
 */
final class TokenBuckets {

    private TokenBuckets() {}

    /** The single bandwidth of {@code rate}'s bucket. */
    static Bandwidth bandwidth(Rate rate) {
        return Bandwidth.builder()
                .capacity(rate.limit())
                .refillIntervally(rate.limit(), rate.period())
                .build();
    }

    /** The decision a probe of one token means. */
    static Decision decision(ConsumptionProbe probe, Rate rate) {
        return new Decision(
                probe.isConsumed(),
                rate.limit(),
                probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill(),
                probe.getNanosToWaitForReset());
    }
}
