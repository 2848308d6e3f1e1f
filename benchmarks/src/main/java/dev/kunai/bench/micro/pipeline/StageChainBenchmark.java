package dev.kunai.bench.micro.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.bench.kunai.HelloController;
import dev.kunai.cors.Cors;
import dev.kunai.http.HttpResponse;
import dev.kunai.permissions.IsAuthenticated;
import dev.kunai.permissions.PermissionsFeature;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.security.Auth;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageSlot;
import dev.kunai.testing.TestRequest;
import dev.kunai.throttling.Rate;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttling;
import dev.kunai.throttling.UserRateThrottle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the stage chain (issue 16, "no regressions from the new seams"): {@code GET /api/hello} through
 * the whole in-process pipeline with {@code stages} = 0, 3 or 6 steps around the handler, every one of which
 * lets the request through:
 *
 * <ul>
 *   <li>0: no authentication, no permission, no throttle, no middleware (the pipeline's floor);
 *   <li>3: an API key in the {@code X-API-Key} header ({@link Auth#apiKeyHeader}, one string comparison), {@link IsAuthenticated} as the default permission, and a {@link UserRateThrottle} in
 *       the in-memory store at a rate never reached (the principal's bucket; the allowed path, not the 429 one);
 *   <li>6: those three + the {@link Cors} middleware (the request carries an allowed {@code Origin}, so it adds
 *       its headers) + two custom {@code BEFORE_BIND} stages that check a header and continue (the shape of a
 *       CSRF or tenant check, see docs/extending.md).
 * </ul>
 *
 * Every variant sends the same request (key, origin and request-id headers), so only the chain differs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageChainBenchmark {

    /** The API key the authenticating variants accept. */
    static final String KEY = "bench-key";
    /** The origin the CORS middleware allows. */
    static final String ORIGIN = "https://app.example.com";

    private static final byte[] BLANK_HEADER = "{\"detail\":\"Blank header\"}".getBytes(StandardCharsets.UTF_8);
    private static final Rate NEVER_REACHED = new Rate(1_000_000_000_000L, Duration.ofHours(1));

    /** How many steps run around the handler: 0, 3 (auth, permission, throttle) or 6 (+ CORS, 2 custom stages). */
    @Param({"0", "3", "6"})
    public int stages;

    private final TestRequest hello = request();
    private Dispatcher dispatcher;

    /** Compiles the pipeline of {@link #stages} steps. */
    @Setup
    public void setUp() {
        dispatcher = dispatcher(stages, NEVER_REACHED);
    }

    /** {@code GET /api/hello} through the chain: 200 {@code {"message":"Hello, world!"}}. */
    @Benchmark
    public HttpResponse hello() {
        return dispatcher.handle(hello);
    }

    /** The request every variant is sent: the API key, an allowed origin and a request id. */
    static TestRequest request() {
        return TestRequest.of("GET", "/api/hello")
                .header("X-API-Key", KEY)
                .header("Origin", ORIGIN)
                .header("X-Request-Id", "bench-1");
    }

    /** The hello pipeline with {@code stages} steps (0, 3 or 6), throttled at {@code rate} when it has 3 or more. */
    static Dispatcher dispatcher(int stages, Rate rate) {
        if (stages != 0 && stages != 3 && stages != 6) {
            throw new IllegalArgumentException("stages must be 0, 3 or 6, not " + stages);
        }
        KunaiApi.Builder api = KunaiApi.builder().prefix("/api").controllers(HelloController.class);
        if (stages == 0) {
            return Dispatcher.builder().mount(api.build()).build();
        }
        Dispatcher.Builder builder = Dispatcher.builder()
                .mount(api.auth(Auth.apiKeyHeader(
                                "X-API-Key", key -> KEY.equals(key) ? Optional.of("bench") : Optional.empty()))
                        .build())
                .feature(PermissionsFeature.defaults(new IsAuthenticated()))
                .feature(ThrottleFeature.of(Throttling.builder()
                        .defaults(new UserRateThrottle(rate))
                        .build()));
        if (stages == 6) {
            builder.middleware(Cors.builder().allowOrigins(ORIGIN).build())
                    .stage(headerCheck("X-Request-Id"))
                    .stage(headerCheck("X-Tenant"));
        }
        return builder.build();
    }

    /**
     * A {@code BEFORE_BIND} stage on every operation that answers 400 when {@code header} is present but blank,
     * else lets the request continue (the benchmark's request never has a blank one).
     */
    private static OperationStage headerCheck(String header) {
        Stage check = context -> context.request()
                .header(header)
                .filter(String::isBlank)
                .map(blank -> HttpResponse.json(400, BLANK_HEADER));
        return OperationStage.of(StageSlot.BEFORE_BIND, operation -> Optional.of(check));
    }
}
