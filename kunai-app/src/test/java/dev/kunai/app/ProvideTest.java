package dev.kunai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Inject;
import dev.kunai.KunaiApi;
import dev.kunai.app.settings.Settings;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link KunaiApp#provide}: made from the container (its Db and Settings) once per pipeline, on first use, never
 * while describing; closed with {@link KunaiApp#closeOnStop} resources when the started application stops, and by
 * the pipeline that made them when a test's {@link KunaiApp#dispatcher} is closed (or fails to build).
 */
class ProvideTest {

    /** An entity, so that the test database opens. */
    @Entity
    public static class Visit {
        @Id
        Long id;
    }

    /** A part that needs the application's database, which exists only once it starts. */
    public static final class Greeter implements AutoCloseable {
        private final String greeting;
        private final Db db;
        private final List<String> closed;

        Greeter(String greeting, Db db, List<String> closed) {
            this.greeting = greeting;
            this.db = db;
            this.closed = closed;
        }

        @Override
        public void close() {
            closed.add("greeter (db open: " + isOpen(db) + ")");
        }
    }

    @Controller("a")
    public static class AController {
        private final Greeter greeter;

        @Inject
        public AController(Greeter greeter) {
            this.greeter = greeter;
        }

        @Get("hello")
        public Map<String, Object> hello() {
            return Map.of("greeting", greeter.greeting, "greeter", System.identityHashCode(greeter));
        }
    }

    @Controller("b")
    public static class BController {
        private final Greeter greeter;

        @Inject
        public BController(Greeter greeter) {
            this.greeter = greeter;
        }

        @Get("hello")
        public Map<String, Object> hello() {
            return Map.of("greeting", greeter.greeting, "greeter", System.identityHashCode(greeter));
        }
    }

    private final List<String> closed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger made = new AtomicInteger();

    private KunaiApp app() {
        return Kunai.app()
                .settings(Settings.of(Map.of("greeting", "hello"), name -> null))
                .database(Database.of(
                                "h2:mem:provide_" + UUID.randomUUID().toString().replace("-", ""))
                        .entities(Visit.class)
                        .schemaFromModels())
                .provide(Greeter.class, container -> {
                    made.incrementAndGet();
                    return new Greeter(
                            container.instance(Settings.class).get("greeting").orElseThrow(),
                            container.instance(Db.class),
                            closed);
                })
                .mount(
                        "/api/",
                        KunaiApi.builder()
                                .controllers(AController.class, BController.class)
                                .build());
    }

    @Test
    void oneInstancePerPipelineSharedByItsControllersAndMadeFromTheOverridesDb() {
        KunaiApp app = app();
        Db db = app.openDb().orElseThrow();
        try (Dispatcher first = app.dispatcher(setup -> setup.bind(Db.class, db));
                Dispatcher second = app.dispatcher(setup -> setup.bind(Db.class, db))) {
            TestClient client = TestClient.of(first);

            var a = client.get("/api/a/hello").json();
            var b = client.get("/api/b/hello").json();

            assertThat(a.get("greeting").asText()).isEqualTo("hello");
            assertThat(a.get("greeter")).isEqualTo(b.get("greeter"));
            assertThat(second).isNotNull();
            assertThat(made).as("a second pipeline makes its own").hasValue(2);
        } finally {
            db.close();
        }
    }

    @Test
    void closingATestPipelineClosesWhatWasMadeForItAndOnlyThat() {
        KunaiApp app = app();
        Db db = app.openDb().orElseThrow();
        try {
            Dispatcher first = app.dispatcher(setup -> setup.bind(Db.class, db));
            Dispatcher second = app.dispatcher(db);
            assertThat(TestClient.of(first).get("/api/a/hello").status()).isEqualTo(200);
            assertThat(closed).as("open while the pipeline is").isEmpty();

            first.close();
            first.close();

            assertThat(closed)
                    .as("closed once, while the database is still open")
                    .containsExactly("greeter (db open: true)");
            assertThat(TestClient.of(second).get("/api/a/hello").status()).isEqualTo(200);
            second.close();
            assertThat(closed).hasSize(2);
        } finally {
            db.close();
        }
    }

    /** A part whose factory fails. */
    public static final class Broken {}

    @Controller("broken")
    public static class BrokenController {
        @Inject
        public BrokenController(Broken broken) {}

        @Get("")
        public Map<String, String> get() {
            return Map.of();
        }
    }

    @Test
    void aPipelineThatFailsToBuildClosesWhatWasAlreadyMadeForIt() {
        KunaiApp app = app().provide(Broken.class, container -> {
                    throw new IllegalStateException("no broker");
                })
                .mount(
                        "/broken/",
                        KunaiApi.builder().controllers(BrokenController.class).build());
        Db db = app.openDb().orElseThrow();
        try {
            assertThatThrownBy(() -> app.dispatcher(setup -> setup.bind(Db.class, db)))
                    .hasStackTraceContaining("no broker");
            assertThat(made).as("the greeter of /api/ was made first").hasValue(1);
            assertThat(closed).containsExactly("greeter (db open: true)");
        } finally {
            db.close();
        }
    }

    @Test
    void describingMakesNothing() {
        var operations = app().describe().get(0).operations();

        assertThat(operations).hasSize(2);
        assertThat(made).hasValue(0);
    }

    @Test
    void stoppingClosesWhatWasMadeThenTheRegisteredResourcesThenTheDatabase() throws Exception {
        KunaiApp app = app().closeOnStop(() -> closed.add("redis")).closeOnStop(() -> closed.add("queue"));
        RunningApp running = app.start(ServerOptions.builder().port(0).build());
        try (HttpClient http = HttpClient.newHttpClient()) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(running.baseUrl() + "/api/a/hello"))
                            .build(),
                    BodyHandlers.ofString());
            assertThat(response.body()).contains("\"greeting\":\"hello\"");
            assertThat(closed).isEmpty();
        } finally {
            running.stop();
        }

        assertThat(closed).containsExactly("greeter (db open: true)", "queue", "redis");
        assertThat(isOpen(running.db().orElseThrow()))
                .as("the database closes last")
                .isFalse();
    }

    private static boolean isOpen(Db db) {
        try {
            return db.read(session -> 1) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aFactoryThatNeedsItselfIsAStartUpErrorNotAStackOverflow() {
        KunaiApp app = Kunai.app()
                .provide(Greeter.class, container -> container.instance(Greeter.class))
                .mount(
                        "/api/",
                        KunaiApi.builder().controllers(AController.class).build());

        assertThatThrownBy(() -> app.dispatcher(setup -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("circular dependency");
    }
}
