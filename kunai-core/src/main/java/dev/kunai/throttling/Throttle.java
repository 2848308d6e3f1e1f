package dev.kunai.throttling;

import dev.kunai.http.RequestContext;
import java.util.Optional;

/**
 * One limit on an operation (Django Ninja's {@code BaseThrottle} / {@code SimpleRateThrottle}): requests
 * that share a key share a bucket of {@link #rate()} requests per window, separately per {@link #scope()}.
 * Ninja's throttles are {@link AnonRateThrottle}, {@link UserRateThrottle} and, from Ninja Extra, scoped
 * throttles ({@link ScopedRateThrottle}). An operation may have several; a request must pass all of them.
 */
public interface Throttle {

    /** The scope: the bucket namespace, and the key of the rate in settings ({@code throttle.rates.<scope>}). */
    String scope();

    /** How many requests per window a key may make. */
    Rate rate();

    /**
     * The identity this request counts against (a principal, a client address), or empty when the
     * throttle does not apply to it (e.g. {@link AnonRateThrottle} for an authenticated request).
     */
    Optional<String> key(RequestContext context, ClientAddress clients);
}
