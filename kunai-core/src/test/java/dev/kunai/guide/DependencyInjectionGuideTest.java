package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import dev.kunai.inject.Container;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/dependency-injection.md. */
class DependencyInjectionGuideTest {

    // --- example start
    public interface Clock {
        String now();
    }

    @Singleton
    public static class Counter { // just-in-time binding: no module needed
        private final AtomicInteger value = new AtomicInteger();

        int next() {
            return value.incrementAndGet();
        }
    }

    @Controller
    public static class VisitController {
        private final Clock clock;
        private final Counter counter;

        @Inject
        public VisitController(Clock clock, Counter counter) {
            this.clock = clock;
            this.counter = counter;
        }

        @Get("visit")
        public Map<String, Object> visit() {
            return Map.of("at", clock.now(), "visit", counter.next());
        }
    }

    static final Container CONTAINER = GuiceContainer.builder()
            .bind(Clock.class, () -> "2024-01-01T00:00:00Z") // an instance
            .module(new AbstractModule() {}) // or any Guice module
            .build();
    // --- example end

    @Test
    void controllersAreSingletonsWithInjectedDependencies() {
        TestClient client = TestClient.forControllers(CONTAINER, VisitController.class);
        assertThat(client.get("/visit").json().get("visit").asInt()).isEqualTo(1);
        assertThat(client.get("/visit").json().get("visit").asInt()).isEqualTo(2);
        assertThat(client.get("/visit").json().get("at").asText()).isEqualTo("2024-01-01T00:00:00Z");
        Container other = new Container() {
            @Override
            public <T> T instance(Class<T> type) {
                return type.cast(new VisitController(() -> "custom", new Counter()));
            }
        };
        assertThat(TestClient.forControllers(other, VisitController.class)
                        .get("/visit")
                        .json()
                        .get("at")
                        .asText())
                .isEqualTo("custom");
    }
}
