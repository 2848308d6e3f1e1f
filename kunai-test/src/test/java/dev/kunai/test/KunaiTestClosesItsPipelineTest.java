package dev.kunai.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.kunai.KunaiApi;
import dev.kunai.feature.Feature;
import dev.kunai.pipeline.Application;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * {@code @KunaiTest} builds one pipeline per test class and closes it when the class finishes, so what the
 * application made for it (its {@code provide(...)} resources) is closed: the class below is run through the JUnit
 * launcher and the resource its pipeline owns is counted.
 */
class KunaiTestClosesItsPipelineTest {

    static final AtomicInteger BUILT = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();

    /** An entity, so that the class's test database opens. */
    @Entity
    public static class Ping {
        @Id
        Long id;
    }

    @Controller("ping")
    public static class PingController {
        @Get("")
        public Map<String, Boolean> ping() {
            return Map.of("pong", true);
        }
    }

    /** An application whose pipeline owns a resource (as a KunaiApp's owns what provide(...) made). */
    public static final class ClosingApp implements Application {
        /** Created by {@code @KunaiTest(app = ...)}. */
        public ClosingApp() {}

        @Override
        public Dispatcher dispatcher(Feature overrides) {
            BUILT.incrementAndGet();
            return Dispatcher.builder()
                    .mount(KunaiApi.ofControllers(PingController.class))
                    .feature(overrides)
                    .owns(() -> CLOSED.incrementAndGet())
                    .build();
        }
    }

    /** Run by the launcher below only (surefire skips nested classes). */
    @KunaiTest(app = ClosingApp.class)
    static class TwoTests {
        @Test
        void first(TestClient client) {
            assertEquals(200, client.get("/ping/").status());
            assertEquals(0, CLOSED.get(), "open while the class runs");
        }

        @Test
        void second(TestClient client) {
            assertEquals(200, client.get("/ping/").status());
            assertEquals(0, CLOSED.get(), "open while the class runs");
        }
    }

    @Test
    void thePipelineIsBuiltOnceAndClosedWhenTheClassFinishes() {
        BUILT.set(0);
        CLOSED.set(0);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(TwoTests.class))
                                .build(),
                        listener);

        assertTrue(
                listener.getSummary().getFailures().isEmpty(),
                () -> "failures: " + listener.getSummary().getFailures());
        assertEquals(2, listener.getSummary().getTestsSucceededCount());
        assertEquals(1, BUILT.get(), "one pipeline for the class");
        assertEquals(1, CLOSED.get(), "closed when the class finished");
    }
}
