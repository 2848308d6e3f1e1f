package dev.kunai.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Auth;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The throttle stage in the whole pipeline: exactness under concurrency, order after auth, OpenAPI. */
class ThrottleStageTest {

    @Controller("items")
    public static class ItemController {
        @Get("")
        @Throttled(rate = "100/m")
        public Map<String, Integer> list() {
            return Map.of("count", 3);
        }
    }

    @Test
    void thousandConcurrentRequestsAgainstHundredPerMinuteLetExactlyHundredThrough() throws Exception {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ItemController.class)
                        .build())
                .feature(ThrottleFeature.of(Throttling.builder().build()))
                .build());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                done.add(threads.submit(() -> {
                    start.await();
                    int status = client.get("/api/items/").status();
                    (status == 200 ? ok : status == 429 ? throttled : new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(ok.get()).isEqualTo(100);
        assertThat(throttled.get()).isEqualTo(900);
    }

    @Test
    void requestsThatFailAuthenticationAreNotCounted() {
        Auth tokens = Auth.bearer(token -> token.equals("t") ? Optional.of("ann") : Optional.empty());
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ItemController.class)
                        .auth(tokens)
                        .build())
                .feature(ThrottleFeature.of(Throttling.builder().build()))
                .build());
        for (int i = 0; i < 150; i++) {
            assertThat(client.get("/api/items/").status()).isEqualTo(401);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(client.send(TestRequest.of("GET", "/api/items/").header("Authorization", "Bearer t"))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(client.send(TestRequest.of("GET", "/api/items/").header("Authorization", "Bearer t"))
                        .status())
                .isEqualTo(429);
    }

    @Test
    void failClosedDocuments503Too() {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ItemController.class)
                        .build())
                .feature(ThrottleFeature.of(Throttling.builder()
                        .onStoreFailure(Throttling.OnStoreFailure.REJECT)
                        .build()))
                .build());
        var responses = client.get("/api/openapi.json").json().at("/paths/~1api~1items~1/get/responses");
        assertThat(responses.at("/429/description").asText()).isEqualTo("Too Many Requests");
        assertThat(responses.at("/503/description").asText()).isEqualTo("Service Unavailable");
    }
}
