package dev.kunai.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach Redis, shared by every Redis-backed store (throttle buckets, sessions).
 *
 * @param url            a Redis URI, e.g. {@code redis://127.0.0.1:6379/0} or {@code rediss://user:pw@host:6380}
 * @param timeout        the longest any command may take before the store reports it unreachable
 * @param connectTimeout the longest a (re)connection attempt may take
 * @param keyPrefix      prepended to every key, so applications can share one Redis
 */
public record RedisSettings(String url, Duration timeout, Duration connectTimeout, String keyPrefix) {

    /** The URL used when neither {@code REDIS_URL} nor {@code redis.url} is set. */
    public static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    /** The default command timeout: short, because a throttle check sits on every request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

    /** The default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);

    /** Checks every part is given and both timeouts are positive. */
    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("Redis timeouts must be positive");
        }
    }

    /** {@code url} with the default timeouts and key prefix {@code "kunai:"}. */
    public static RedisSettings of(String url) {
        return new RedisSettings(url, DEFAULT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, "kunai:");
    }

    /**
     * Reads {@code redis.url} (environment {@code REDIS_URL}), {@code redis.timeout} and
     * {@code redis.connect-timeout} (milliseconds) and {@code redis.key-prefix} through {@code settings}
     * (e.g. {@code Settings::get}). {@link IllegalArgumentException} names a malformed key.
     */
    public static RedisSettings fromSettings(Function<String, Optional<String>> settings) {
        return new RedisSettings(
                settings.apply("redis.url").orElse(DEFAULT_URL),
                millis(settings, "redis.timeout", DEFAULT_TIMEOUT),
                millis(settings, "redis.connect-timeout", DEFAULT_CONNECT_TIMEOUT),
                settings.apply("redis.key-prefix").orElse("kunai:"));
    }

    private static Duration millis(Function<String, Optional<String>> settings, String key, Duration fallback) {
        return settings.apply(key)
                .map(v -> {
                    try {
                        return Duration.ofMillis(Long.parseLong(v.strip()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                "Setting '" + key + "' has an invalid value: '" + v + "' (milliseconds)", e);
                    }
                })
                .orElse(fallback);
    }
}
