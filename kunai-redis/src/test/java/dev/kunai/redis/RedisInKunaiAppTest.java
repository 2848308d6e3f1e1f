package dev.kunai.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.app.RunningApp;
import dev.kunai.app.settings.Settings;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.server.ServerOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A {@link Redis} provided to a started {@code KunaiApp} (configured by {@code redis.url} / {@code REDIS_URL}) is
 * shared by the application's parts and closed when the application stops; one made in {@code main} and
 * registered with {@code closeOnStop} too.
 */
class RedisInKunaiAppTest {

    /** Reads a key through the application's Redis. */
    @Controller("redis")
    public static class PingController {
        private final Redis redis;

        @Inject
        public PingController(Redis redis) {
            this.redis = redis;
        }

        @Get("ping")
        public Map<String, String> ping() {
            return Map.of("pong", redis.connection().sync().ping());
        }
    }

    @Test
    void theProvidedAndTheRegisteredRedisAreClosedWhenTheAppStops() throws Exception {
        RedisSettings shared = RedisServers.shared();
        AtomicReference<Redis> provided = new AtomicReference<>();
        Redis fromMain = Redis.create(shared);
        KunaiApp app = Kunai.app()
                .settings(Settings.of(
                        Map.of("redis.url", shared.url(), "redis.key-prefix", shared.keyPrefix()), name -> null))
                .provide(Redis.class, container -> {
                    Redis redis = Redis.create(RedisSettings.fromSettings(container.instance(Settings.class)::get));
                    provided.set(redis);
                    return redis;
                })
                .closeOnStop(fromMain)
                .mount(
                        "/api/",
                        KunaiApi.builder().controllers(PingController.class).build());

        RunningApp running = app.start(ServerOptions.builder().port(0).build());
        try (HttpClient http = HttpClient.newHttpClient()) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(running.baseUrl() + "/api/redis/ping"))
                            .build(),
                    BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("{\"pong\":\"PONG\"}");
            assertThat(provided.get().connection().isOpen()).isTrue();
            assertThat(provided.get().settings().keyPrefix()).isEqualTo(shared.keyPrefix());
        } finally {
            running.stop();
        }

        assertThat(provided.get().connection().isOpen())
                .as("the provided Redis")
                .isFalse();
        assertThat(fromMain.connection().isOpen())
                .as("the Redis registered with closeOnStop")
                .isFalse();
    }
}
