package dev.kunai.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.app.RunningApp;
import dev.kunai.data.db.Database;
import dev.kunai.openapi.OpenApi31Schema;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Library served over a socket (ephemeral port) answers every kind of model-controller response — 201,
 * 200, 204, 404, 405, 409, 422 — with the same status and body bytes as the in-process client, and its OpenAPI
 * document validates against the OpenAPI 3.1 schema.
 */
class LibrarySocketTest {

    private static RunningApp app;
    private static TestClient inProcess;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = LibraryApp.app(Database.of("h2:mem:library-socket-" + UUID.randomUUID())
                        .applyMigrations(true))
                .start(ServerOptions.builder().port(0).build());
        inProcess = TestClient.of(app.dispatcher());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void theSameAnswersOverTheSocketAsInProcess() throws Exception {
        Answer author = socket("POST", "/api/authors/", "{\"name\": \"Ursula K. Le Guin\"}");
        assertThat(author.status).isEqualTo(201);
        long id = inProcess.get("/api/authors/").json().at("/items/0/id").asLong();
        assertThat(author.body).isEqualTo("{\"id\":" + id + ",\"name\":\"Ursula K. Le Guin\",\"bio\":null}");
        Answer book = socket(
                "POST",
                "/api/books/",
                "{\"title\": \"Earthsea\", \"isbn\": \"9780553383041\", \"author\": " + id + "}");
        assertThat(book.status).isEqualTo(201);
        long bookId = inProcess.get("/api/books/").json().at("/items/0/id").asLong();
        String due = LocalDate.now().plusDays(3).toString();
        assertThat(socket(
                                "POST",
                                "/api/loans/",
                                "{\"book\": " + bookId + ", \"borrower\": \"Ged\", \"due\": \"" + due + "\"}")
                        .status)
                .isEqualTo(201);
        assertSame("GET", "/api/authors/" + id, "");
        assertSame("GET", "/api/books/?search=earth&ordering=-title&limit=5", "");
        assertSame("GET", "/api/books/" + bookId, "");
        assertSame("GET", "/api/books/999999", "");
        assertSame("PATCH", "/api/authors/" + id, "{\"bio\": 5}");
        assertSame("PATCH", "/api/authors/" + id, "{\"name\": \"Ursula K. Le Guin\"}");
        assertSame("POST", "/api/books/", "{\"title\": \"X\", \"isbn\": \"9780553383041\", \"author\": 999999}");
        assertSame("DELETE", "/api/books/" + bookId, "");
        assertSame("PUT", "/api/tags/sf", "{\"name\": \"sf\"}");
        assertSame("GET", "/api/books/?ordering=nope", "");
        Answer deleted = socket(
                "DELETE",
                "/api/loans/"
                        + inProcess.get("/api/loans/").json().at("/items/0/id").asLong(),
                "");
        assertThat(deleted.status).isEqualTo(204);
        assertThat(deleted.body).isEmpty();
        assertThat(socket("DELETE", "/api/books/" + bookId, "").status).isEqualTo(204);
        assertSame("DELETE", "/api/books/" + bookId, "");
        assertSame("GET", "/api/books/" + bookId, "");
    }

    @Test
    void theDocumentValidates() throws Exception {
        Answer document = socket("GET", "/api/openapi.json", "");
        assertThat(document.status).isEqualTo(200);
        assertThat(OpenApi31Schema.problems(document.body)).isEmpty();
        assertThat(document.body)
                .contains("\"PatchDict_BookIn_\"", "\"Page_BookSchema_\"", "\"/api/loans/{id}/return\"");
    }

    private static void assertSame(String method, String path, String json) throws Exception {
        TestRequest request = TestRequest.of(method, path);
        if (!json.isEmpty()) {
            request = request.json(json);
        }
        TestResponse expected = inProcess.send(request);
        Answer actual = socket(method, path, json);
        assertThat(actual.status).as(method + " " + path).isEqualTo(expected.status());
        assertThat(actual.body).as(method + " " + path).isEqualTo(expected.text());
    }

    private record Answer(int status, String body) {}

    private static Answer socket(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path));
        if (json.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
