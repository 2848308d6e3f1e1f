package dev.kunai.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.auth.sessions.SessionData;
import dev.kunai.auth.sessions.SessionStore;
import dev.kunai.auth.sessions.SessionStoreContract;
import dev.kunai.http.HttpError;
import io.lettuce.core.RedisClient;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RedisSessionStore} on the shared Redis against kunai-auth's {@link SessionStoreContract} (the one
 * {@code DbSessionStore} passes), plus what is Redis's own: the TTL and an unreachable server.
 */
class RedisSessionStoreTest extends SessionStoreContract {

    private RedisSettings settings;
    private Redis redis;
    private RedisSessionStore store;

    @Override
    protected SessionStore open() {
        settings = RedisServers.shared();
        redis = Redis.create(settings);
        store = RedisSessionStore.on(redis);
        return store;
    }

    @Override
    protected void close() {
        if (redis != null) {
            RedisServers.clean(settings);
            redis.close();
        }
    }

    @Test
    void aSessionIsOneKeyThatExpiresWithIt() {
        store.save("ttl-check", new SessionData(Map.of("a", "1"), Instant.now().plus(Duration.ofHours(1))));

        RedisClient client = RedisClient.create(settings.url());
        try (var connection = client.connect()) {
            long ttl = connection.sync().pttl(settings.keyPrefix() + "session:ttl-check");
            assertThat(ttl)
                    .isBetween(
                            Duration.ofMinutes(59).toMillis(),
                            Duration.ofHours(1).toMillis());
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aValueThatIsNotASessionIsNoSession() {
        redis.connection()
                .sync()
                .set((settings.keyPrefix() + "session:garbage").getBytes(StandardCharsets.UTF_8), new byte[] {'{'});

        assertThat(store.load("garbage")).isEmpty();
    }

    @Test
    void anUnreachableRedisIsA503NotA500() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (Redis down = Redis.create(new RedisSettings(
                "redis://127.0.0.1:" + closedPort, Duration.ofMillis(200), Duration.ofMillis(200), "down:"))) {
            RedisSessionStore unreachable = RedisSessionStore.on(down);

            assertThatThrownBy(() -> unreachable.load("any"))
                    .isInstanceOfSatisfying(
                            HttpError.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThatThrownBy(() -> unreachable.save(
                            "any", new SessionData(Map.of(), Instant.now().plusSeconds(60))))
                    .isInstanceOf(HttpError.class);
        }
    }
}
