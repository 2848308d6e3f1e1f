package dev.kunai.redis;

import dev.kunai.throttling.Decision;
import dev.kunai.throttling.Rate;
import dev.kunai.throttling.ThrottleStore;
import dev.kunai.throttling.ThrottleStoreException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Throttle buckets in Redis, shared by every instance of an application. Each hit is one atomic Lua script
 * (one round trip): {@code INCR} the window's counter, start the window's expiry on the first hit, read the
 * time left. Of any number of concurrent hits from any number of processes, exactly the rate's limit per
 * window are allowed; the same fixed-window semantics as {@link dev.kunai.throttling.InMemoryThrottleStore}'s
 * interval-refilled Bucket4j buckets, and the key expires with its window.
 *
 * <p>Why not Bucket4j's Redis back-end: it is compare-and-swap (a {@code GET}, then a CAS script, retried
 * on conflict), so 1,000 simultaneous hits on one key made about 1,000 × retries round trips and the
 * {@code GET}s exceeded a 250 ms timeout on the 2-core CI machine (measured, also with its batching
 * optimization); the script here is one round trip per hit whatever the contention.
 *
 * <p>Every call is bounded by the Redis timeouts; a failure is a {@link ThrottleStoreException} and the
 * throttle stage then fails open or closed as configured.
 */
public final class RedisThrottleStore implements ThrottleStore {

    /** KEYS[1] the window counter, ARGV[1] the window in milliseconds; returns {count, milliseconds left}. */
    static final String SCRIPT = """
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """;

    private final Redis redis;
    private final byte[] prefix;
    private volatile String sha;

    private RedisThrottleStore(Redis redis) {
        this.redis = redis;
        this.prefix = (redis.settings().keyPrefix() + "throttle:").getBytes(StandardCharsets.UTF_8);
    }

    /** A store on {@code redis}'s connection, keys under {@code <keyPrefix>throttle:}. */
    public static RedisThrottleStore on(Redis redis) {
        return new RedisThrottleStore(Objects.requireNonNull(redis, "redis"));
    }

    @Override
    public Decision hit(String key, Rate rate) {
        try {
            RedisCommands<byte[], byte[]> commands = redis.connection().sync();
            byte[][] keys = {key(key)};
            byte[] window = Long.toString(rate.period().toMillis()).getBytes(StandardCharsets.US_ASCII);
            List<Long> result = run(commands, keys, window);
            long count = result.get(0);
            long nanosLeft = result.get(1) * 1_000_000L;
            boolean allowed = count <= rate.limit();
            return new Decision(
                    allowed, rate.limit(), Math.max(0, rate.limit() - count), allowed ? 0 : nanosLeft, nanosLeft);
        } catch (RuntimeException e) {
            throw new ThrottleStoreException("Redis at " + redis.redacted() + ": " + describe(e), e);
        }
    }

    private List<Long> run(RedisCommands<byte[], byte[]> commands, byte[][] keys, byte[] window) {
        String loaded = sha;
        if (loaded != null) {
            try {
                return commands.evalsha(loaded, ScriptOutputType.MULTI, keys, window);
            } catch (RedisNoScriptException e) {
                // Redis restarted or flushed its script cache: load it again below.
            }
        }
        synchronized (this) {
            if (sha == null || sha.equals(loaded)) {
                sha = commands.scriptLoad(SCRIPT);
            }
        }
        return commands.evalsha(sha, ScriptOutputType.MULTI, keys, window);
    }

    private byte[] key(String key) {
        byte[] suffix = key.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + suffix.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(suffix, 0, out, prefix.length, suffix.length);
        return out;
    }

    // A cause chain ends where getCause() is null or the throwable itself: identity is what is compared.
    @SuppressWarnings("ReferenceEquality")
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
