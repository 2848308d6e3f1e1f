package dev.kunai.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.throttling.Rate;
import dev.kunai.throttling.ThrottleStore;
import dev.kunai.throttling.ThrottleStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RedisThrottleStoreTest {

    private static int concurrentAllowed(List<ThrottleStore> stores, int requests, Rate rate) throws Exception {
        warmUp(stores);
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                ThrottleStore store = stores.get(i % stores.size());
                done.add(pool.submit(() -> {
                    start.await();
                    if (store.hit("ip:1.2.3.4", rate).allowed()) {
                        allowed.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        return allowed.get();
    }

    /** Loads the script and warms the JIT and the connection, as a running server would have. */
    private static void warmUp(List<ThrottleStore> stores) throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                ThrottleStore store = stores.get(i % stores.size());
                int n = i;
                done.add(pool.submit(() -> store.hit("warm-up:" + (n % 50), Rate.parse("10/s"))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    @Test
    void thousandConcurrentHitsAgainstHundredPerMinuteAllowExactlyHundred() throws Exception {
        RedisSettings settings = RedisServers.shared();
        try (Redis redis = Redis.create(settings)) {
            long started = System.nanoTime();
            int allowed = concurrentAllowed(List.of(RedisThrottleStore.on(redis)), 1_000, Rate.parse("100/m"));
            System.out.printf(
                    "Redis, one client: 1,000 concurrent hits in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(allowed).isEqualTo(100);
        } finally {
            RedisServers.clean(settings);
        }
    }

    @Test
    void twoClientsLikeTwoInstancesShareOneLimitExactly() throws Exception {
        RedisSettings settings = RedisServers.shared();
        try (Redis a = Redis.create(settings);
                Redis b = Redis.create(settings)) {
            long started = System.nanoTime();
            int allowed = concurrentAllowed(
                    List.of(RedisThrottleStore.on(a), RedisThrottleStore.on(b)), 1_000, Rate.parse("100/m"));
            System.out.printf(
                    "Redis, two clients: 1,000 concurrent hits in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(allowed).isEqualTo(100);
        } finally {
            RedisServers.clean(settings);
        }
    }

    @Test
    void keysExpireOnceTheBucketIsFullAgain() throws Exception {
        RedisSettings settings = RedisServers.shared();
        try (Redis redis = Redis.create(settings)) {
            RedisThrottleStore.on(redis).hit("k", Rate.parse("5/s"));
            var commands = redis.connection().sync();
            byte[] key = (settings.keyPrefix() + "throttle:k").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(commands.pttl(key)).isBetween(1L, 1_000L);
        } finally {
            RedisServers.clean(settings);
        }
    }

    @Test
    void downAtStartUpFailsFastThenWorksOnceRedisIsUp() throws Exception {
        try (RedisServers.Private server = new RedisServers.Private();
                Redis redis = Redis.create(server.settings())) {
            RedisThrottleStore store = RedisThrottleStore.on(redis);
            long started = System.nanoTime();
            assertThatThrownBy(() -> store.hit("k", Rate.parse("5/m")))
                    .isInstanceOf(ThrottleStoreException.class)
                    .hasMessageContaining("127.0.0.1:" + server.port);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
            server.start();
            assertThat(eventually(() -> store.hit("k", Rate.parse("5/m")).allowed()))
                    .isTrue();
        }
    }

    @Test
    void outageIsBoundedAndRecoversWithoutRestart() throws Exception {
        try (RedisServers.Private server = new RedisServers.Private().start();
                Redis redis = Redis.create(server.settings())) {
            RedisThrottleStore store = RedisThrottleStore.on(redis);
            Rate rate = Rate.parse("3/h");
            assertThat(store.hit("k", rate).allowed()).isTrue();
            server.stop();
            long slowest = 0;
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                assertThatThrownBy(() -> store.hit("k", rate)).isInstanceOf(ThrottleStoreException.class);
                slowest = Math.max(slowest, System.nanoTime() - started);
            }
            System.out.printf("Redis down: slowest failed hit %d ms%n", slowest / 1_000_000);
            assertThat(slowest / 1_000_000).isLessThan(1_000);
            server.start();
            // A fresh server (no persistence): the bucket starts full again.
            assertThat(eventually(() -> store.hit("k", rate).allowed())).isTrue();
            assertThat(store.hit("k", rate).remaining()).isEqualTo(1);
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier check) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (check.getAsBoolean()) {
                    return true;
                }
            } catch (ThrottleStoreException e) {
                // still reconnecting
            }
            Thread.sleep(100);
        }
        return false;
    }
}
