package dev.kunai.bench.kunai;

import dev.kunai.app.KunaiApp;
import dev.kunai.app.settings.Settings;
import dev.kunai.redis.Redis;
import dev.kunai.redis.RedisSettings;
import dev.kunai.redis.RedisThrottleStore;
import dev.kunai.throttling.Rate;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttling;
import dev.kunai.throttling.UserRateThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The throttled variants of the load harness's Kunai target (issue 13: the overhead of a throttle on hello),
 * chosen by {@code BENCH_THROTTLE}: {@code none} (the default), {@code memory} (a {@link UserRateThrottle} on
 * every operation in the in-memory store) or {@code redis} (the same throttle in Redis at {@code REDIS_URL},
 * default {@code redis://127.0.0.1:6379}). The rate, {@link #NEVER_REACHED}, is never reached in a run, so the
 * harness measures the allowed path, not 429s. The other {@code throttle.*} settings ({@code THROTTLE_*}
 * variables, e.g. {@code THROTTLE_RATE_LIMIT_HEADERS=true}) are read with {@link Throttling#fromSettings}.
 */
public enum BenchThrottle {
    /** No throttle: the plain target. */
    NONE,
    /** A throttle counted in the process's memory. */
    MEMORY,
    /** A throttle counted in Redis (one round trip per request). */
    REDIS;

    /** 10^12 requests per hour per client: no benchmark run comes near it. */
    public static final Rate NEVER_REACHED = new Rate(1_000_000_000_000L, Duration.ofHours(1));

    /**
     * The variant named by {@code value} ({@code none}, {@code memory} or {@code redis}, any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static BenchThrottle parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("BENCH_THROTTLE must be none, memory or redis, not '" + value + "'", e);
        }
    }

    /**
     * Adds this variant's throttle to {@code app}, reading its settings ({@code throttle.*}, {@code REDIS_URL},
     * {@code redis.*}); a Redis connection is closed when the application stops. Returns {@code app}.
     */
    public KunaiApp applyTo(KunaiApp app) {
        if (this == NONE) {
            return app;
        }
        Settings settings = app.settings();
        Throttling.Builder throttling =
                Throttling.fromSettings(settings::get, List.of()).defaults(new UserRateThrottle(NEVER_REACHED));
        if (this == REDIS) {
            Redis redis = Redis.create(RedisSettings.fromSettings(settings::get));
            app.closeOnStop(redis);
            throttling.store(RedisThrottleStore.on(redis));
        }
        return app.feature(ThrottleFeature.of(throttling.build()));
    }
}
