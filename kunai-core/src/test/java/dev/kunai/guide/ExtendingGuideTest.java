package dev.kunai.guide;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.feature.FeatureSetup;
import dev.kunai.http.HttpError;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Status;
import dev.kunai.operation.ResponseModel;
import dev.kunai.param.Query;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Auth;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageSlot;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/extending.md: a custom stage and a custom feature, from outside the core. */
class ExtendingGuideTest {

    // --- example start
    /** Marks operations that are expensive to run: at most {@code calls} calls, then 429. */
    @Retention(RUNTIME)
    @Target(METHOD)
    public @interface Expensive {
        int calls();
    }

    /** A stage factory: only {@code @Expensive} operations get the stage, and it documents its 429. */
    static OperationStage expensive() {
        return OperationStage.of(
                StageSlot.THROTTLE,
                operation -> operation.annotation(Expensive.class).map(expensive -> {
                    AtomicInteger used = new AtomicInteger(); // one counter per operation, made at start-up
                    return Stage.of(
                            context -> {
                                if (used.incrementAndGet() > expensive.calls()) {
                                    throw new HttpError(429, "Too Many Requests").withHeader("Retry-After", "60");
                                }
                                return Optional.empty();
                            },
                            ResponseModel.error(429, "Too Many Requests"));
                }));
    }

    /** A feature: the stage, a health route, a middleware, an exception handler and a DI binding, in one unit. */
    static final class Operations implements Feature {
        @Override
        public void setup(FeatureSetup setup) {
            setup.stage(expensive())
                    .route(FeatureRoute.of(
                            HttpMethod.GET,
                            "/health",
                            context -> HttpResponse.json(200, "{\"status\":\"up\"}".getBytes(StandardCharsets.UTF_8))))
                    .middleware((request, next) -> next.handle(request).withHeader("X-Served-By", "kunai"))
                    .exceptionHandler(
                            IllegalArgumentException.class,
                            (e, context) -> Status.of(400, Map.of("detail", e.getMessage())))
                    .bind(Clock.class, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        }
    }

    @Controller("reports")
    public static class ReportController {
        private final Clock clock;

        @Inject
        public ReportController(Clock clock) {
            this.clock = clock;
        }

        @Expensive(calls = 2)
        @Get("yearly")
        public Map<String, Integer> yearly() {
            return Map.of("year", LocalDate.now(clock).getYear());
        }

        @Get("check")
        public Map<String, Integer> check(@Query int n) {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
            return Map.of("n", n);
        }
    }

    static Dispatcher app() {
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ReportController.class)
                        .build())
                .feature(new Operations())
                .build();
    }
    // --- example end

    @Test
    void theStageRunsOnlyWhereTheAnnotationIsAndAnswers429WithRetryAfter() {
        TestClient client = TestClient.of(app());
        assertThat(client.get("/api/reports/yearly").json().get("year").asInt()).isEqualTo(2026);
        assertThat(client.get("/api/reports/yearly").status()).isEqualTo(200);
        var third = client.get("/api/reports/yearly");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).contains("60");
        assertThat(third.text()).isEqualTo("{\"detail\":\"Too Many Requests\"}");
        for (int i = 0; i < 4; i++) {
            assertThat(client.get("/api/reports/check?n=" + i).status()).isEqualTo(200);
        }
    }

    @Test
    void theFeatureAddsItsRouteMiddlewareHandlerAndBinding() {
        TestClient client = TestClient.of(app());
        var health = client.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header("X-Served-By")).contains("kunai");
        assertThat(client.get("/nowhere").header("X-Served-By")).contains("kunai");
        var negative = client.get("/api/reports/check?n=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text()).isEqualTo("{\"detail\":\"n must not be negative\"}");
        assertThat(client.get("/api/reports/check?n=x").status()).isEqualTo(422);
    }

    @Test
    void theOpenApiDocumentShowsWhatTheStagesAnswer() {
        String text = TestClient.of(app()).get("/api/openapi.json").text();
        assertThat(new OpenAPIV3Parser().readContents(text).getMessages()).isEmpty();
        JsonNode paths = TestClient.of(app()).get("/api/openapi.json").json().get("paths");
        assertThat(paths.at("/~1api~1reports~1yearly/get/responses").has("429")).isTrue();
        assertThat(paths.at("/~1api~1reports~1check/get/responses").has("429")).isFalse();
    }

    @Test
    void stagesRunInSlotOrderWhateverTheRegistrationOrder() {
        Auth token = Auth.bearer(t -> t.equals("ok") ? Optional.of("ann") : Optional.empty());
        Dispatcher dispatcher = Dispatcher.builder()
                .feature(new Operations()) // registers the THROTTLE stage first
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ReportController.class)
                        .auth(token)
                        .build())
                .build();
        TestClient client = TestClient.of(dispatcher);
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/api/reports/yearly").status()).isEqualTo(401); // auth first: no quota used
        }
        TestRequest authorized = TestRequest.of("GET", "/api/reports/yearly").header("Authorization", "Bearer ok");
        assertThat(client.send(authorized).status()).isEqualTo(200);
        assertThat(client.send(authorized).status()).isEqualTo(200);
        assertThat(client.send(authorized).status()).isEqualTo(429);
    }
}
