package dev.kunai.throttling;

import dev.kunai.errors.ErrorResponses;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import java.util.List;
import java.util.Optional;

/**
 * The throttles of one operation, resolved at start-up by {@link Throttling#forOperation}, and the request
 * path's check: every throttle takes a token from its bucket; if any bucket is empty the answer is
 * {@code 429 {"detail": "Too many requests."}} with {@code Retry-After} in seconds (the longest wait).
 */
public final class OperationThrottles {

    private static final HttpResponse UNAVAILABLE =
            ErrorResponses.detail(503, "Service Unavailable").withHeader("Retry-After", "1");

    private final Throttling throttling;
    private final Throttle[] throttles;
    private final String[] prefixes;

    OperationThrottles(Throttling throttling, List<Throttle> throttles) {
        this.throttling = throttling;
        this.throttles = throttles.toArray(Throttle[]::new);
        this.prefixes = new String[this.throttles.length];
        for (int i = 0; i < prefixes.length; i++) {
            prefixes[i] = this.throttles[i].scope() + "|" + this.throttles[i].rate() + "|";
        }
    }

    /** The resolved throttles, most specific level's, in declaration order. */
    public List<Throttle> throttles() {
        return List.of(throttles);
    }

    /** Whether the operation is throttled at all (else the stage is left out and 429 is not documented). */
    public boolean isEmpty() {
        return throttles.length == 0;
    }

    /**
     * Counts the request against every throttle. Empty when it may proceed (with {@code RateLimit-*}
     * headers added to {@code context} if enabled); else the 429, or the 503 when the store is unreachable
     * and configured to reject.
     */
    public Optional<HttpResponse> check(RequestContext context) {
        Decision tightest = null;
        long retryAfterNanos = -1;
        for (int i = 0; i < throttles.length; i++) {
            Optional<String> key = throttles[i].key(context, throttling.clients());
            if (key.isEmpty()) {
                continue;
            }
            Decision decision;
            try {
                decision = throttling.store().hit(prefixes[i] + key.get(), throttles[i].rate());
                throttling.health().answered();
            } catch (ThrottleStoreException e) {
                throttling.health().failed(e);
                if (throttling.onStoreFailure() == Throttling.OnStoreFailure.REJECT) {
                    return Optional.of(UNAVAILABLE);
                }
                continue;
            }
            if (!decision.allowed()) {
                retryAfterNanos = Math.max(retryAfterNanos, decision.retryAfterNanos());
            }
            if (tightest == null || decision.remaining() < tightest.remaining()) {
                tightest = decision;
            }
        }
        if (retryAfterNanos >= 0) {
            HttpResponse throttled = ErrorResponses.detail(429, "Too many requests.")
                    .withHeader("Retry-After", Long.toString(Math.max(1, Decision.seconds(retryAfterNanos))));
            return Optional.of(throttling.rateLimitHeaders() ? withRateLimit(throttled, tightest) : throttled);
        }
        if (tightest != null && throttling.rateLimitHeaders()) {
            context.addHeader("RateLimit-Limit", Long.toString(tightest.limit()));
            context.addHeader("RateLimit-Remaining", Long.toString(tightest.remaining()));
            context.addHeader("RateLimit-Reset", Long.toString(Decision.seconds(tightest.resetNanos())));
        }
        return Optional.empty();
    }

    private static HttpResponse withRateLimit(HttpResponse response, Decision decision) {
        return response.withHeader("RateLimit-Limit", Long.toString(decision.limit()))
                .withHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .withHeader("RateLimit-Reset", Long.toString(Decision.seconds(decision.resetNanos())));
    }
}
