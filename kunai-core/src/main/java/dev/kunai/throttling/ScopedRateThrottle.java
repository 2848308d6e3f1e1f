package dev.kunai.throttling;

import dev.kunai.http.RequestContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A named limit shared by every operation that declares the same scope (Ninja Extra's
 * {@code DynamicRateThrottle(scope=...)}, DRF's {@code ScopedRateThrottle}): e.g. all upload operations
 * together allow {@code "uploads"} 20 requests per hour per user. Counted per principal when
 * authenticated, else per client address, like {@link UserRateThrottle}.
 *
 * @param scope the scope name (letters, digits, {@code -}, {@code _}, {@code .})
 * @param rate  requests per window for one user or client address, across the scope
 */
public record ScopedRateThrottle(String scope, Rate rate) implements Throttle {

    /** Checks both are given and the scope is a plain name. */
    public ScopedRateThrottle {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rate, "rate");
        if (!scope.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException(
                    "A throttle scope is letters, digits, '-', '_' or '.', got '" + scope + "'");
        }
    }

    /** A scoped throttle of the given rate text, e.g. {@code of("uploads", "20/h")}. */
    public static ScopedRateThrottle of(String scope, String rate) {
        return new ScopedRateThrottle(scope, Rate.parse(rate));
    }

    @Override
    public Optional<String> key(RequestContext context, ClientAddress clients) {
        return Optional.of(UserRateThrottle.identity(context, clients));
    }
}
