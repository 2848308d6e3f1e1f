package dev.kunai.throttling;

import dev.kunai.http.RequestContext;
import dev.kunai.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits each authenticated user by principal, and anonymous requests by client address (Django Ninja's
 * {@code UserRateThrottle}, scope {@code "user"}). The principal's key is {@code String.valueOf} of
 * {@link Principal#value()}, so principals should be ids or have a stable {@code toString}.
 *
 * @param rate requests per window for one user (or one anonymous client address)
 */
public record UserRateThrottle(Rate rate) implements Throttle {

    /** The scope name, also the settings key {@code throttle.rates.user}. */
    public static final String SCOPE = "user";

    /** Checks the rate is given. */
    public UserRateThrottle {
        Objects.requireNonNull(rate, "rate");
    }

    /** A throttle of the given rate text, e.g. {@code "1000/d"} (see {@link Rate#parse}). */
    public static UserRateThrottle of(String rate) {
        return new UserRateThrottle(Rate.parse(rate));
    }

    @Override
    public String scope() {
        return SCOPE;
    }

    @Override
    public Optional<String> key(RequestContext context, ClientAddress clients) {
        return Optional.of(identity(context, clients));
    }

    /** {@code "user:<principal>"} when authenticated, else {@code "ip:<client address>"}. */
    static String identity(RequestContext context, ClientAddress clients) {
        Optional<Principal> principal = context.attribute(Principal.class);
        return principal.isPresent() ? "user:" + principal.get().value() : "ip:" + clients.of(context.request());
    }
}
