package dev.kunai.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryThrottleStoreTest {

    @Test
    void thousandConcurrentHitsAgainstHundredPerMinuteAllowExactlyHundred() throws Exception {
        InMemoryThrottleStore store = InMemoryThrottleStore.create();
        Rate rate = Rate.parse("100/m");
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 1_000; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    if (store.hit("k", rate).allowed()) {
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
        assertThat(allowed.get()).isEqualTo(100);
    }

    @Test
    void bucketRefillsAfterItsWindow() throws Exception {
        InMemoryThrottleStore store = InMemoryThrottleStore.create();
        Rate rate = new Rate(2, java.time.Duration.ofMillis(200));
        assertThat(store.hit("k", rate).allowed()).isTrue();
        assertThat(store.hit("k", rate).allowed()).isTrue();
        Decision denied = store.hit("k", rate);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfterNanos()).isPositive().isLessThanOrEqualTo(200_000_000L);
        Thread.sleep(250);
        assertThat(store.hit("k", rate).allowed()).isTrue();
    }

    @Test
    void memoryStaysFlatUnderMillionsOfDistinctKeys() {
        InMemoryThrottleStore store = InMemoryThrottleStore.withMaximumBuckets(50_000);
        Rate rate = Rate.parse("10/h");
        long[] used = new long[4];
        for (int round = 0; round < used.length; round++) {
            for (int i = 0; i < 500_000; i++) {
                store.hit("ip:" + round + "." + i, rate);
            }
            assertThat(store.size()).isLessThanOrEqualTo(50_000);
            used[round] = usedHeapAfterGc();
        }
        // Two million distinct keys: after the first half million, the heap does not grow with the keys.
        System.out.printf(
                "heap after 0.5M/1M/1.5M/2M distinct keys: %d/%d/%d/%d MB%n",
                used[0] >> 20, used[1] >> 20, used[2] >> 20, used[3] >> 20);
        assertThat(used[3] - used[0]).isLessThan(16L << 20);
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
