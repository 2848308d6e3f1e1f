package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.test.KunaiTest;
import dev.kunai.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole application as it runs (its prefix, docs and features), on the test database. */
@KunaiTest(app = BooksApp.class)
class BooksAppTest {

    @Test
    void theClientRunsTheApplicationsOwnAssembly(TestClient client) {
        var created = client.post("/api/books/", Map.of("title", "Dune", "tags", List.of("sf")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(client.get("/api/books/").json().get(0).get("title").asText())
                .isEqualTo("Dune");
        assertThat(client.get("/health").json().get("status").asText()).isEqualTo("ok");
        assertThat(client.get("/api/openapi.json").status()).isEqualTo(200);
        assertThat(client.get("/books/").status()).isEqualTo(404); // no controller-only root mount
    }
}
