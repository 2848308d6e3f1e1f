package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.KunaiApi;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.testing.TestClient;
import dev.kunai.throttling.AnonRateThrottle;
import dev.kunai.throttling.NoThrottle;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttled;
import dev.kunai.throttling.Throttling;
import dev.kunai.throttling.UserRateThrottle;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runnable example of docs/throttling.md: throttles on the application, an API, a controller and an
 * operation.
 */
class ThrottlingGuideTest {

    // --- example start
    @Controller("catalog") // no @Throttled: the API level applies (3 per minute per client address)
    public static class CatalogController {
        @Get("books")
        public Map<String, String> books() {
            return Map.of("books", "...");
        }

        @NoThrottle // explicitly unthrottled
        @Get("health")
        public Map<String, String> health() {
            return Map.of("status", "up");
        }
    }

    @Controller("search")
    @Throttled(scope = "anon", rate = "2/m") // the controller level replaces the API level
    public static class SearchController {
        @Get("")
        public Map<String, String> search() {
            return Map.of("hits", "...");
        }

        @Post("reindex")
        @Throttled(scope = "reindex", rate = "1/h") // the operation level replaces both
        public Map<String, String> reindex() {
            return Map.of("status", "started");
        }
    }

    @Controller("status")
    public static class StatusController {
        @Get("")
        public Map<String, String> status() {
            return Map.of("status", "up");
        }
    }

    static final KunaiApi API = KunaiApi.builder()
            .prefix("/api")
            .throttle(AnonRateThrottle.of("3/m")) // the API level: replaces the application default here
            .controllers(CatalogController.class, SearchController.class)
            .build();

    static final KunaiApi INTERNAL = KunaiApi.builder()
            .prefix("/internal")
            .noThrottle() // this API opts out of the application default
            .controllers(StatusController.class)
            .build();

    static final Throttling THROTTLING = Throttling.builder()
            .defaults(UserRateThrottle.of("1000/h")) // the application default, for APIs that set none
            .rateLimitHeaders(true) // RateLimit-Limit / -Remaining / -Reset
            .build();

    static final Dispatcher APP = Dispatcher.builder()
            .mount(API)
            .mount(INTERNAL)
            .feature(ThrottleFeature.of(THROTTLING))
            .build();
    // --- example end

    @Test
    void apiLevelAppliesWhereNothingMoreSpecificIsDeclared() {
        TestClient client = TestClient.of(APP);
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/api/catalog/books").status()).isEqualTo(200);
        }
        var throttled = client.get("/api/catalog/books");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.text()).isEqualTo("{\"detail\":\"Too many requests.\"}");
        assertThat(Long.parseLong(throttled.header("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(throttled.header("RateLimit-Remaining")).contains("0");
        for (int i = 0; i < 10; i++) {
            assertThat(client.get("/api/catalog/health").status()).isEqualTo(200);
        }
    }

    @Test
    void controllerAndOperationLevelsReplaceTheLessSpecific() {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(API)
                .feature(ThrottleFeature.of(Throttling.builder().build()))
                .build());
        assertThat(client.get("/api/search/").status()).isEqualTo(200);
        assertThat(client.get("/api/search/").status()).isEqualTo(200);
        assertThat(client.get("/api/search/").status()).isEqualTo(429);
        assertThat(client.post("/api/search/reindex", Map.of()).status()).isEqualTo(200);
        assertThat(client.post("/api/search/reindex", Map.of()).status()).isEqualTo(429);
    }

    @Test
    void anApiThatOptsOutIsNotThrottledAndOneThatSaysNothingGetsTheApplicationDefault() {
        TestClient client = TestClient.of(APP);
        for (int i = 0; i < 10; i++) {
            var answer = client.get("/internal/status/");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("RateLimit-Limit")).isEmpty();
        }
        TestClient plain = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/plain")
                        .controllers(StatusController.class)
                        .build())
                .feature(ThrottleFeature.of(THROTTLING))
                .build());
        var answer = plain.get("/plain/status/");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("RateLimit-Limit")).contains("1000");
    }

    @Test
    void aThrottleOnTheApiNeedsAtLeastOneThrottle() {
        assertThatThrownBy(() -> KunaiApi.builder().throttle())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noThrottle()");
    }

    @Test
    void theOpenApiDocumentShows429OnThrottledOperationsOnly() {
        var doc = TestClient.of(APP).get("/api/openapi.json").json();
        assertThat(doc.at("/paths/~1api~1catalog~1books/get/responses/429/description")
                        .asText())
                .isEqualTo("Too Many Requests");
        assertThat(doc.at("/paths/~1api~1catalog~1health/get/responses/429").isMissingNode())
                .isTrue();
        var internal = TestClient.of(APP).get("/internal/openapi.json").json();
        assertThat(internal.at("/paths/~1internal~1status~1/get/responses/200").isMissingNode())
                .isFalse();
        assertThat(internal.at("/paths/~1internal~1status~1/get/responses/429").isMissingNode())
                .isTrue();
    }
}
