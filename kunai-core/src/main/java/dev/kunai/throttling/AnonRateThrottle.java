package dev.kunai.throttling;

import dev.kunai.http.RequestContext;
import dev.kunai.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits anonymous requests by client address (Django Ninja's {@code AnonRateThrottle}, scope
 * {@code "anon"}). Authenticated requests, those with a {@link Principal}, are not counted.
 *
 * @param rate requests per window for one client address
 */
public record AnonRateThrottle(Rate rate) implements Throttle {

    /** The scope name, also the settings key {@code throttle.rates.anon}. */
    public static final String SCOPE = "anon";

    /** Checks the rate is given. */
    public AnonRateThrottle {
        Objects.requireNonNull(rate, "rate");
    }

    /** A throttle of the given rate text, e.g. {@code "10/s"} (see {@link Rate#parse}). */
    public static AnonRateThrottle of(String rate) {
        return new AnonRateThrottle(Rate.parse(rate));
    }

    @Override
    public String scope() {
        return SCOPE;
    }

    @Override
    public Optional<String> key(RequestContext context, ClientAddress clients) {
        if (context.attribute(Principal.class).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(clients.of(context.request()));
    }
}
