package dev.kunai.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Redis connection shared by an application's Redis-backed stores (Lettuce multiplexes every command
 * over it). It never blocks a request for longer than the configured timeouts: while Redis is unreachable,
 * commands are rejected at once (not queued), one caller at a time tries to reconnect (at most once a
 * second) and the others fail fast; once connected, Lettuce reconnects by itself after an outage.
 * Start-up does not need Redis to be up.
 */
public final class Redis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Redis.class);
    private static final long RETRY_NANOS = 1_000_000_000L;

    private final RedisSettings settings;
    private final RedisClient client;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile long nextAttempt;

    private Redis(RedisSettings settings) {
        this.settings = settings;
        RedisURI uri = RedisURI.create(settings.url());
        uri.setTimeout(settings.timeout());
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(settings.connectTimeout())
                        .build())
                .build());
    }

    /**
     * A client for {@code settings}, connected if Redis answers within the connect timeout. Redis may be
     * down at start-up: one warning is logged and the connection is made on a later use.
     */
    public static Redis create(RedisSettings settings) {
        Redis redis = new Redis(Objects.requireNonNull(settings, "settings"));
        try {
            redis.connection();
        } catch (RedisUnavailableException e) {
            LOG.warn("{}; continuing, the connection will be retried when needed", e.getMessage());
        }
        return redis;
    }

    /** The settings this client was made with. */
    public RedisSettings settings() {
        return settings;
    }

    /**
     * The shared connection (binary keys and values).
     *
     * @throws RedisUnavailableException when not connected and a connection cannot be made now
     */
    public StatefulRedisConnection<byte[], byte[]> connection() {
        StatefulRedisConnection<byte[], byte[]> current = connection;
        if (current != null) {
            return current;
        }
        if (System.nanoTime() - nextAttempt < 0 || !lock()) {
            throw new RedisUnavailableException("Redis at " + redacted() + " is not connected", null);
        }
        try {
            if (connection == null) {
                if (System.nanoTime() - nextAttempt < 0) {
                    throw new RedisUnavailableException("Redis at " + redacted() + " is not connected", null);
                }
                connection = client.connect(ByteArrayCodec.INSTANCE);
            }
            return connection;
        } catch (RedisException e) {
            nextAttempt = System.nanoTime() + RETRY_NANOS;
            throw new RedisUnavailableException("Cannot connect to Redis at " + redacted() + ": " + e.getMessage(), e);
        } finally {
            connecting.unlock();
        }
    }

    /** Waits at most the connect timeout for another caller's connection attempt. */
    private boolean lock() {
        try {
            return connecting.tryLock(settings.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The URL without credentials, for log lines. */
    public String redacted() {
        RedisURI uri = RedisURI.create(settings.url());
        return uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
    }

    /** Closes the connection and releases the client's threads. */
    @Override
    public void close() {
        StatefulRedisConnection<byte[], byte[]> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown();
    }
}
