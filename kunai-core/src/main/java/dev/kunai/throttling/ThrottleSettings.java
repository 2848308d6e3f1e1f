package dev.kunai.throttling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads the {@code throttle.*} settings into a {@link Throttling.Builder} (see {@link Throttling#fromSettings}). */
final class ThrottleSettings {

    private ThrottleSettings() {}

    static Throttling.Builder read(Function<String, Optional<String>> settings, List<String> scopes) {
        Throttling.Builder builder = Throttling.builder();
        Set<String> names = new LinkedHashSet<>(List.of(AnonRateThrottle.SCOPE, UserRateThrottle.SCOPE));
        names.addAll(scopes);
        List<String> defaults =
                settings.apply("throttle.defaults").map(ThrottleSettings::split).orElse(List.of());
        names.addAll(defaults);
        for (String scope : names) {
            String key = "throttle.rates." + scope;
            settings.apply(key).ifPresent(v -> builder.rate(scope, parse(key, v, Rate::parse)));
        }
        builder.rateSource(scope -> {
            String key = "throttle.rates." + scope;
            return settings.apply(key).map(v -> parse(key, v, Rate::parse));
        });
        for (String scope : defaults) {
            String rate = settings.apply("throttle.rates." + scope)
                    .orElseThrow(() -> new IllegalArgumentException("Setting 'throttle.defaults' names scope '" + scope
                            + "' but 'throttle.rates." + scope + "' is not set"));
            builder.defaults(Throttling.named(scope, Rate.parse(rate)));
        }
        int proxies = settings.apply("throttle.trusted-proxies")
                .map(v -> parse("throttle.trusted-proxies", v, Integer::parseInt))
                .orElse(0);
        ClientAddress.Header header = settings.apply("throttle.proxy-header")
                .map(v -> parse("throttle.proxy-header", v, s -> ClientAddress.Header.valueOf(constant(s))))
                .orElse(ClientAddress.Header.X_FORWARDED_FOR);
        builder.clients(ClientAddress.behindProxies(proxies, header));
        settings.apply("throttle.on-store-failure")
                .map(v -> parse("throttle.on-store-failure", v, s -> Throttling.OnStoreFailure.valueOf(constant(s))))
                .ifPresent(builder::onStoreFailure);
        settings.apply("throttle.rate-limit-headers")
                .map(v -> parse("throttle.rate-limit-headers", v, ThrottleSettings::bool))
                .ifPresent(builder::rateLimitHeaders);
        settings.apply("throttle.max-buckets")
                .map(v -> parse("throttle.max-buckets", v, Long::parseLong))
                .ifPresent(max -> builder.store(InMemoryThrottleStore.withMaximumBuckets(max)));
        return builder;
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String constant(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static boolean bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Setting '" + key + "' has an invalid value: '" + value + "'", e);
        }
    }
}
