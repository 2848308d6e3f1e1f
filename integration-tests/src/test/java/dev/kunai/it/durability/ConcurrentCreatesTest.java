package dev.kunai.it.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.it.support.BooksServer;
import dev.kunai.it.support.RawHttp;
import dev.kunai.it.support.Services;
import dev.kunai.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 1,000 creates at once, each on its own virtual thread and its own socket, against the Books app on H2 and
 * on real PostgreSQL: exactly 1,000 new books, distinct ids, every tag linked, and the list shows each once.
 */
class ConcurrentCreatesTest {

    private static final int CREATES = 1_000;

    @Test
    void onH2() throws Exception {
        try (BooksServer server = BooksServer.h2(Map.of())) {
            createConcurrentlyAndCheck(server);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (Services.TempPostgresDatabase database = Services.tempPostgresDatabase("kunai_it_concurrent");
                BooksServer server = BooksServer.start(database.url(), Map.of())) {
            createConcurrentlyAndCheck(server);
        }
    }

    private static void createConcurrentlyAndCheck(BooksServer server) throws Exception {
        long booksBefore = server.count("Book");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RawHttp.Response>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CREATES; i++) {
                String title = "concurrent " + i;
                byte[] request = RawHttp.postJson(
                        "/api/books/",
                        "{\"title\": \"" + title + "\", \"tags\": [\"" + title + " x\", \"" + title
                                + " y\", \"shared\"]}");
                futures.add(threads.submit(() -> {
                    go.await();
                    // 1,000 connects at once overflow the listen backlog (Jetty's default accept queue): the kernel
                    // then drops handshakes and the client waits for SYN-ACK retransmits (up to ~31 s). Wait that out.
                    return RawHttp.exchange(server.port(), request, Duration.ofSeconds(120));
                }));
            }
            go.countDown();
        }
        Map<Long, String> created = new HashMap<>();
        for (int i = 0; i < CREATES; i++) {
            RawHttp.Response response = futures.get(i).get();
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            JsonNode book = Json.mapper().readTree(response.body());
            // the answer on socket i is the book request i created, with its own tags
            String title = book.get("title").asText();
            assertThat(title).as("title of the answer to request %d", i).isEqualTo("concurrent " + i);
            List<String> tags = new ArrayList<>();
            book.get("tags").forEach(t -> tags.add(t.get("name").asText()));
            assertThat(tags)
                    .as("tags of the answer to request %d", i)
                    .containsExactly(title + " x", title + " y", "shared");
            assertThat(created.put(book.get("id").asLong(), title))
                    .as("distinct ids")
                    .isNull();
        }
        assertThat(created).hasSize(CREATES);
        assertThat(new HashSet<>(created.values())).hasSize(CREATES);
        assertThat(server.count("Book") - booksBefore)
                .as("exactly %d new books", CREATES)
                .isEqualTo(CREATES);
        assertThat(server.count("Tag")).isEqualTo(3L * CREATES);
        assertThat(server.count("Book_Tag")).as("every tag linked").isEqualTo(3L * CREATES);

        JsonNode list = Json.mapper()
                .readTree(RawHttp.exchange(server.port(), RawHttp.request("GET", "/api/books/", "", new byte[0]))
                        .body());
        Set<Long> listed = new HashSet<>();
        for (JsonNode book : list) {
            long id = book.get("id").asLong();
            assertThat(listed.add(id)).as("book %d listed once", id).isTrue();
            String title = created.get(id);
            assertThat(title).as("listed book %d was created here", id).isNotNull();
            List<String> tags = new ArrayList<>();
            book.get("tags").forEach(t -> tags.add(t.get("name").asText()));
            assertThat(tags).containsExactlyInAnyOrder(title + " x", title + " y", "shared");
        }
        assertThat(listed).isEqualTo(created.keySet());
    }
}
