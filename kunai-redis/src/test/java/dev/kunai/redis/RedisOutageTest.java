package dev.kunai.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttled;
import dev.kunai.throttling.Throttling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped mid-load and restarted, through the whole pipeline: a private redis-server on an ephemeral port
 * (never the shared one). Fail-closed answers 503 in Kunai's format while Redis is down, fail-open lets
 * requests through; no request gets a 500 or waits past the timeouts; throttling resumes without a restart.
 */
class RedisOutageTest {

    /**
     * A bound that tells "bounded by our timeouts" (200 ms command, 300 ms connect: under 1 s when idle) from
     * "hung on Lettuce's 60 s default", with room for a loaded CI machine (3.1 s was seen at load 11). Not a
     * speed target: speed is measured in benchmarks/.
     */
    private static final long NEVER_HANGS_MS = 10_000;

    @Controller
    public static class PingController {
        @Get("ping")
        @Throttled(scope = "anon", rate = "1000000/h")
        public Map<String, Boolean> ping() {
            return Map.of("pong", true);
        }
    }

    private static TestClient client(Redis redis, Throttling.OnStoreFailure mode) {
        return TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(PingController.class)
                        .build())
                .feature(ThrottleFeature.of(Throttling.builder()
                        .store(RedisThrottleStore.on(redis))
                        .onStoreFailure(mode)
                        .build()))
                .build());
    }

    /** Statuses seen during a load that runs while {@code during} stops and restarts Redis. */
    private static List<Integer> underLoad(TestClient client, Runnable during, long[] slowest) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> load = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                load.add(threads.submit(() -> {
                    while (running.get()) {
                        long started = System.nanoTime();
                        TestResponse r = client.get("/api/ping");
                        synchronized (slowest) {
                            slowest[0] = Math.max(slowest[0], System.nanoTime() - started);
                        }
                        statuses.add(r.status());
                        if (r.status() == 503) {
                            assertThat(r.text()).isEqualTo("{\"detail\":\"Service Unavailable\"}");
                        }
                        Thread.sleep(5);
                    }
                    return null;
                }));
            }
            during.run();
            running.set(false);
            for (Future<?> f : load) {
                f.get();
            }
        }
        return statuses;
    }

    private static void outage(RedisServers.Private server) {
        try {
            Thread.sleep(300);
            server.stop();
            Thread.sleep(1_000);
            server.start();
            Thread.sleep(2_500); // Lettuce reconnects by itself
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void failClosedAnswers503WhileDownAndRecovers() throws Exception {
        try (RedisServers.Private server = new RedisServers.Private().start();
                Redis redis = Redis.create(server.settings())) {
            TestClient client = client(redis, Throttling.OnStoreFailure.REJECT);
            long[] slowest = {0};
            List<Integer> statuses = underLoad(client, () -> outage(server), slowest);
            System.out.printf(
                    "Redis outage, fail closed: %d requests, %d x 200, %d x 503, slowest %d ms%n",
                    statuses.size(),
                    statuses.stream().filter(s -> s == 200).count(),
                    statuses.stream().filter(s -> s == 503).count(),
                    slowest[0] / 1_000_000);
            assertThat(statuses).containsOnly(200, 503).contains(503);
            assertThat(statuses.get(statuses.size() - 1)).isEqualTo(200);
            assertThat(slowest[0] / 1_000_000).isLessThan(NEVER_HANGS_MS);
            assertThat(client.get("/api/ping").status()).isEqualTo(200);
        }
    }

    @Test
    void failOpenLetsRequestsThroughWhileDownAndCountsAgainAfter() throws Exception {
        try (RedisServers.Private server = new RedisServers.Private().start();
                Redis redis = Redis.create(server.settings())) {
            TestClient client = client(redis, Throttling.OnStoreFailure.ALLOW);
            long[] slowest = {0};
            List<Integer> statuses = underLoad(client, () -> outage(server), slowest);
            assertThat(statuses).containsOnly(200);
            assertThat(slowest[0] / 1_000_000).isLessThan(NEVER_HANGS_MS);
            // Counting resumed: the restarted Redis holds the bucket again.
            var commands = redis.connection().sync();
            assertThat(commands.keys("private:throttle:*")).isNotEmpty();
        }
    }
}
