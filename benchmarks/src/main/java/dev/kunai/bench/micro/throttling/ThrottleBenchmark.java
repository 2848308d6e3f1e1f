package dev.kunai.bench.micro.throttling;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpResponse;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.redis.Redis;
import dev.kunai.redis.RedisSettings;
import dev.kunai.redis.RedisThrottleStore;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestRequest;
import dev.kunai.throttling.InMemoryThrottleStore;
import dev.kunai.throttling.Rate;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.ThrottleStore;
import dev.kunai.throttling.Throttling;
import dev.kunai.throttling.UserRateThrottle;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of throttling on the cheapest operation: {@code GET /api/hello} through the whole in-process
 * pipeline without a throttle, with a {@link UserRateThrottle} in memory, and with the same throttle in Redis
 * (127.0.0.1:6379, one round trip per request). The rate is high enough never to answer 429.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThrottleBenchmark {

    /** The hello operation. */
    @Controller
    public static class HelloController {
        /** {@code {"message": "Hello, world!"}} */
        @Get("hello")
        public Map<String, String> hello() {
            return Map.of("message", "Hello, world!");
        }
    }

    private static final Rate NEVER_REACHED = new Rate(1_000_000_000_000L, Duration.ofHours(1));

    private final TestRequest hello = TestRequest.of("GET", "/api/hello");
    private Dispatcher plain;
    private Dispatcher inMemory;
    private Dispatcher redis;
    private Redis connection;

    /** Compiles the three pipelines and connects to Redis. */
    @Setup
    public void setUp() {
        plain = app(null);
        inMemory = app(InMemoryThrottleStore.create());
        connection = Redis.create(new RedisSettings(
                "redis://127.0.0.1:6379",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                "bench-" + UUID.randomUUID() + ":"));
        redis = app(RedisThrottleStore.on(connection));
    }

    /** Closes the Redis connection (its keys expire with their window). */
    @TearDown
    public void tearDown() {
        connection.close();
    }

    private static Dispatcher app(ThrottleStore store) {
        Dispatcher.Builder builder = Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(HelloController.class)
                        .build());
        if (store != null) {
            builder.feature(ThrottleFeature.of(Throttling.builder()
                    .store(store)
                    .defaults(new UserRateThrottle(NEVER_REACHED))
                    .build()));
        }
        return builder.build();
    }

    /** Hello without a throttle. */
    @Benchmark
    public HttpResponse helloUnthrottled() {
        return plain.handle(hello);
    }

    /** Hello with a throttle in the in-memory store. */
    @Benchmark
    public HttpResponse helloInMemoryThrottle() {
        return inMemory.handle(hello);
    }

    /** Hello with a throttle in Redis. */
    @Benchmark
    public HttpResponse helloRedisThrottle() {
        return redis.handle(hello);
    }
}
