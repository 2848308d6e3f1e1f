package dev.kunai.it.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.it.support.BooksServer;
import dev.kunai.it.support.PostgresProcess;
import dev.kunai.it.support.RawHttp;
import dev.kunai.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under load and comes back: requests that need it fail fast with 503
 * {@code {"detail": "Database unavailable"}} (within {@code database.connect-timeout}), the app recovers
 * with no restart, no acknowledged write is lost and no partial write remains.
 */
class DatabaseOutageTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    /** Writers creating books in a loop, each on its own connection. */
    private static final int WRITERS = 8;

    /** Acknowledged creates each phase waits for (before the outage, after recovery). */
    private static final int WRITES_PER_PHASE = 40;

    /** What one request ended as. */
    record Outcome(String title, int status, long millis, String body) {}

    @Test
    void requestsFailFastWith503DuringAnOutageAndTheAppRecoversWithNothingLost() throws Exception {
        try (PostgresProcess pg = PostgresProcess.start();
                BooksServer server = BooksServer.start(pg.url(), Map.of("database.connect-timeout", "2"))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong databaseBack = new AtomicLong();
            AtomicLong firstCreateAfterRecovery = new AtomicLong();
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            List<Future<?>> writers = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(threads.submit(() -> {
                        for (int n = 0; running.get(); n++) {
                            String title = "w" + writer + "-" + n;
                            long start = System.nanoTime();
                            RawHttp.Response r = RawHttp.exchange(
                                    server.port(),
                                    RawHttp.postJson(
                                            "/api/books/",
                                            "{\"title\": \"" + title + "\", \"tags\": [\"" + title + "-a\", \"" + title
                                                    + "-b\"]}"));
                            long millis = (System.nanoTime() - start) / 1_000_000;
                            outcomes.add(new Outcome(title, r.status(), millis, r.text()));
                            if (r.status() == 201) {
                                acknowledged.put(
                                        Json.mapper()
                                                .readTree(r.body())
                                                .get("id")
                                                .asLong(),
                                        title);
                                if (databaseBack.get() != 0) {
                                    firstCreateAfterRecovery.compareAndSet(0, System.nanoTime());
                                }
                            }
                            if (n % 4 == 0) {
                                RawHttp.Response list = RawHttp.exchange(
                                        server.port(), RawHttp.request("GET", "/api/books/", "", new byte[0]));
                                outcomes.add(new Outcome(
                                        "list",
                                        list.status(),
                                        (System.nanoTime() - start) / 1_000_000 - millis,
                                        list.text()));
                            }
                        }
                        return null;
                    }));
                }
                // Each phase lasts until what it is for has happened (with a deadline), not a fixed time.
                await("writes acknowledged before the outage")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> acknowledged.size() >= WRITES_PER_PHASE);
                int before = acknowledged.size();
                pg.crash();
                long down = System.nanoTime();
                await("every writer answered 503 during the outage")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> outcomes.stream()
                                        .filter(o ->
                                                o.status() == 503 && o.title().startsWith("w"))
                                        .map(o ->
                                                o.title().substring(0, o.title().indexOf('-')))
                                        .distinct()
                                        .count()
                                >= WRITERS);
                long unavailableDuringOutage =
                        outcomes.stream().filter(o -> o.status() == 503).count();
                pg.startServer();
                databaseBack.set(System.nanoTime());
                int atRecovery = acknowledged.size();
                await("writes acknowledged after PostgreSQL came back, no restart")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> firstCreateAfterRecovery.get() != 0
                                && acknowledged.size() >= atRecovery + WRITES_PER_PHASE);
                running.set(false);
                for (Future<?> f : writers) {
                    f.get();
                }
                assertThat(before).as("writes succeeded before the outage").isPositive();
                assertThat(unavailableDuringOutage).as("503s during the outage").isPositive();
                assertThat(firstCreateAfterRecovery.get())
                        .as("a create succeeded after the database came back, no restart")
                        .isPositive();
                long recoveryMillis = (firstCreateAfterRecovery.get() - databaseBack.get()) / 1_000_000;
                String summary = "Outage: " + outcomes.size() + " requests, " + acknowledged.size()
                        + " acknowledged creates, "
                        + outcomes.stream().filter(o -> o.status() == 503).count() + " answered 503, slowest 503 "
                        + outcomes.stream()
                                .filter(o -> o.status() == 503)
                                .mapToLong(Outcome::millis)
                                .max()
                                .orElse(0) + " ms, "
                        + outcomes.stream()
                                .filter(o -> o.status() == 503)
                                .sorted((a, b) -> Long.compare(b.millis(), a.millis()))
                                .limit(3)
                                .map(o -> o.title() + "=" + o.millis() + "ms")
                                .toList()
                        + ", "
                        + "outage " + (databaseBack.get() - down) / 1_000_000 + " ms, recovered " + recoveryMillis
                        + " ms after PostgreSQL accepted connections again";
                System.out.println(summary);
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of("target", "outage-summary.txt"), summary + System.lineSeparator());
            }

            for (Outcome o : outcomes) {
                assertThat(o.status()).as("%s: %s", o.title(), o.body()).isIn(200, 201, 503);
                if (o.status() == 503) {
                    assertThat(o.body()).isEqualTo("{\"detail\":\"Database unavailable\"}");
                    assertThat(o.millis())
                            .as("failed fast, within the connect timeout and a margin")
                            .isLessThan(CONNECT_TIMEOUT.plusSeconds(3).toMillis());
                }
            }
            // Durability: read the database directly.
            try (Connection c = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + pg.port() + "/postgres", "postgres", "");
                    Statement s = c.createStatement()) {
                Map<Long, String> titles = new HashMap<>();
                try (ResultSet rs = s.executeQuery("select id, title from Book")) {
                    while (rs.next()) {
                        titles.put(rs.getLong(1), rs.getString(2));
                    }
                }
                acknowledged.forEach((id, title) ->
                        assertThat(titles).as("acknowledged book %d", id).containsEntry(id, title));
                Map<Long, List<String>> tagsByBook = new HashMap<>();
                try (ResultSet rs =
                        s.executeQuery("select bt.Book_id, t.name from Book_Tag bt join Tag t on t.id = bt.tags_id")) {
                    while (rs.next()) {
                        tagsByBook
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    }
                }
                titles.forEach((id, title) -> assertThat(tagsByBook.getOrDefault(id, List.of()))
                        .as("book %d (%s) has exactly its two tags: no partial write", id, title)
                        .containsExactlyInAnyOrder(title + "-a", title + "-b"));
                try (ResultSet rs = s.executeQuery("select count(*) from Tag")) {
                    rs.next();
                    assertThat(rs.getLong(1))
                            .as("no orphan tags from rolled-back writes")
                            .isEqualTo(2L * titles.size());
                }
            }
            JsonNode list = Json.mapper()
                    .readTree(RawHttp.exchange(server.port(), RawHttp.request("GET", "/api/books/", "", new byte[0]))
                            .body());
            assertThat(list.size()).isGreaterThanOrEqualTo(acknowledged.size());
        }
    }
}
