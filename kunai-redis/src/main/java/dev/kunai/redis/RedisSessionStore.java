package dev.kunai.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kunai.auth.sessions.SessionData;
import dev.kunai.auth.sessions.SessionStore;
import dev.kunai.http.HttpError;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in Redis (Django's {@code SESSION_ENGINE = "django.contrib.sessions.backends.cache"} on a shared
 * cache), so that a session made on one instance of an application is valid on every other. Each session is one
 * key, {@code <keyPrefix>session:<key>}, holding {@code {"values": {...}, "expiresAt": <epoch ms>}} and expiring with
 * the session (Redis's TTL, {@code SET ... PX}): Redis deletes expired sessions itself, so {@link #deleteExpired()}
 * has nothing to do. One round trip per load, save or delete, bounded by the Redis timeouts.
 *
 * <p>While Redis is unreachable, a request that needs its session is answered {@code 503 {"detail": "Service
 * Unavailable"}} (never a 500, never a hung request); one warning is logged when it fails and one line when it
 * answers again.
 */
public final class RedisSessionStore implements SessionStore {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSessionStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> STORED = new TypeReference<>() {};

    private final Redis redis;
    private final String prefix;
    private final Clock clock;
    private volatile boolean failing;

    private RedisSessionStore(Redis redis, Clock clock) {
        this.redis = redis;
        this.prefix = redis.settings().keyPrefix() + "session:";
        this.clock = clock;
    }

    /** Sessions on {@code redis}'s connection, keys under {@code <keyPrefix>session:}. */
    public static RedisSessionStore on(Redis redis) {
        return new RedisSessionStore(Objects.requireNonNull(redis, "redis"), Clock.systemUTC());
    }

    @Override
    public Optional<SessionData> load(String key) {
        byte[] stored = call(() -> redis.connection().sync().get(key(key)));
        return Optional.ofNullable(stored)
                .flatMap(RedisSessionStore::decode)
                .filter(data -> !data.expiredAt(clock.instant()));
    }

    /** Stores the session with a TTL up to its expiry; one already expired is deleted instead. */
    @Override
    public void save(String key, SessionData data) {
        long ttlMillis = data.expiresAt().toEpochMilli() - clock.millis();
        if (ttlMillis <= 0) {
            delete(key);
            return;
        }
        byte[] encoded = encode(data);
        call(() -> redis.connection().sync().set(key(key), encoded, SetArgs.Builder.px(ttlMillis)));
    }

    @Override
    public void delete(String key) {
        call(() -> redis.connection().sync().del(key(key)));
    }

    /** Nothing to do: Redis deletes each session when its TTL runs out. Always 0. */
    @Override
    public int deleteExpired() {
        return 0;
    }

    private byte[] key(String key) {
        return (prefix + key).getBytes(StandardCharsets.UTF_8);
    }

    private <T> T call(java.util.function.Supplier<T> command) {
        try {
            T result = command.get();
            if (failing) {
                failing = false;
                LOG.info("Redis at {} answers again: sessions are back", redis.redacted());
            }
            return result;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn(
                        "Redis at {} failed, session requests get 503 until it answers: {}",
                        redis.redacted(),
                        e.toString());
            }
            throw new HttpError(503, "Service Unavailable");
        }
    }

    private static byte[] encode(SessionData data) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("values", data.values());
        stored.put("expiresAt", data.expiresAt().toEpochMilli());
        try {
            return JSON.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode session values", e);
        }
    }

    private static Optional<SessionData> decode(byte[] stored) {
        try {
            Map<String, Object> read = JSON.readValue(stored, STORED);
            if (read.get("values") instanceof Map<?, ?> values && read.get("expiresAt") instanceof Number expiresAt) {
                Map<String, String> strings = new LinkedHashMap<>();
                values.forEach((name, value) -> strings.put(String.valueOf(name), String.valueOf(value)));
                return Optional.of(new SessionData(strings, Instant.ofEpochMilli(expiresAt.longValue())));
            }
            return Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty(); // a value written by something else: no session
        }
    }
}
