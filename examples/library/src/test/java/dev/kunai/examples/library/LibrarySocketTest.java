package dev.kunai.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kunai.app.RunningApp;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Database;
import dev.kunai.server.ServerOptions;
import dev.kunai.testfixtures.OpenApi31Schema;
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
 * 200, 204, 401, 404, 405, 409, 422 — with the same status and body bytes as the in-process client, keeps each
 * user's loans from the others, and its OpenAPI document validates against the OpenAPI 3.1 schema.
 */
class LibrarySocketTest {

    private static RunningApp app;
    private static TestClient inProcess;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = LibraryApp.app(Database.of("h2:mem:library-socket-" + UUID.randomUUID())
                        .applyMigrations(true))
                .start(ServerOptions.builder().port(0).build());
        inProcess = TestClient.of(app.dispatcher());
        Users users = new Users(app.db().orElseThrow());
        users.createUser("ann", "", LibraryContract.PASSWORD);
        users.createUser("bob", "", LibraryContract.PASSWORD);
        users.createSuperuser("librarian", "", LibraryContract.PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void theSameAnswersOverTheSocketAsInProcess() throws Exception {
        Answer author = socket("POST", "/api/authors/", "{\"name\": \"Ursula K. Le Guin\"}");
        assertThat(author.status).isEqualTo(201);
        long id = JSON.readTree(author.body).get("id").asLong();
        assertThat(author.body).isEqualTo("{\"id\":" + id + ",\"name\":\"Ursula K. Le Guin\",\"bio\":null}");
        Answer book = socket(
                "POST",
                "/api/books/",
                "{\"title\": \"Earthsea\", \"isbn\": \"9780553383041\", \"author\": " + id + "}");
        assertThat(book.status).isEqualTo(201);
        long bookId = JSON.readTree(book.body).get("id").asLong();
        String due = LocalDate.now().plusDays(3).toString();
        assertThat(socket(
                                "ann",
                                "POST",
                                "/api/loans/",
                                "{\"book\": " + bookId + ", \"borrower\": \"Ged\", \"due\": \"" + due + "\"}")
                        .status)
                .isEqualTo(201);
        assertSame("GET", "/api/authors/" + id, "");
        assertSame("GET", "/api/writers/" + id, "");
        assertSame("PATCH", "/api/writers/" + id, "{\"bio\": 5, \"id\": 1}");
        assertSame("GET", "/api/books/?search=earth&ordering=-title&limit=5", "");
        assertSame("GET", "/api/books/" + bookId, "");
        assertSame("GET", "/api/books/999999", "");
        assertSame("PATCH", "/api/authors/" + id, "{\"bio\": 5}");
        assertSame("PATCH", "/api/authors/" + id, "{\"name\": \"Ursula K. Le Guin\"}");
        assertSame("POST", "/api/books/", "{\"title\": \"X\", \"isbn\": \"9780553383041\", \"author\": 999999}");
        assertSame("DELETE", "/api/books/" + bookId, "");
        assertSame("PUT", "/api/tags/sf", "{\"name\": \"sf\"}");
        assertSame("GET", "/api/books/?ordering=nope", "");
        long loan = inProcess
                .send(TestRequest.of("GET", "/api/loans/").header("Authorization", LibraryContract.basic("ann")))
                .json()
                .at("/items/0/id")
                .asLong();
        Answer deleted = socket("ann", "DELETE", "/api/loans/" + loan, "");
        assertThat(deleted.status).isEqualTo(204);
        assertThat(deleted.body).isEmpty();
        assertThat(socket("DELETE", "/api/books/" + bookId, "").status).isEqualTo(204);
        assertSame("DELETE", "/api/books/" + bookId, "");
        assertSame("GET", "/api/books/" + bookId, "");
    }

    @Test
    void overTheSocketUsersNeitherSeeNorChangeEachOthersLoans() throws Exception {
        long author = inProcess
                .post("/api/authors/", "{\"name\": \"Iain M. Banks\"}")
                .json()
                .get("id")
                .asLong();
        long book = inProcess
                .post(
                        "/api/books/",
                        "{\"title\": \"Excession\", \"isbn\": \"9780553575378\", \"author\": " + author + "}")
                .json()
                .get("id")
                .asLong();
        String loan = "{\"book\": " + book + ", \"borrower\": \"Bob\", \"due\": \""
                + LocalDate.now().plusDays(2) + "\"}";
        Answer created = socket("bob", "POST", "/api/loans/", loan);
        assertThat(created.status).as(created.body).isEqualTo(201);
        long bobs = inProcess
                .send(TestRequest.of("GET", "/api/loans/").header("Authorization", LibraryContract.basic("bob")))
                .json()
                .at("/items/0/id")
                .asLong();
        String path = "/api/loans/" + bobs;
        for (String[] call : new String[][] {
            {"GET", path, ""},
            {"PUT", path, loan},
            {"PATCH", path, "{\"borrower\": \"Mallory\"}"},
            {"POST", path + "/return", ""},
            {"DELETE", path, ""}
        }) {
            Answer refused = socket("ann", call[0], call[1], call[2]);
            assertThat(refused.status).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(refused.body).isEqualTo("{\"detail\":\"No Loan matches the given query.\"}");
        }
        assertSame("ann", "GET", "/api/loans/", "");
        assertThat(socket("ann", "GET", "/api/loans/", "").body).doesNotContain("\"id\":" + bobs + ",");
        assertSame("librarian", "GET", "/api/loans/", "");
        assertThat(socket("librarian", "GET", path, "").body).contains("\"borrower\":\"Bob\"", "\"returned\":false");
        Answer anonymous = socket("", "GET", "/api/loans/", "");
        assertThat(anonymous.status).isEqualTo(401);
        assertSame("", "GET", "/api/loans/", "");
        assertThat(socket("bob", "DELETE", path, "").status).isEqualTo(204);
    }

    @Test
    void theDocumentValidates() throws Exception {
        Answer document = socket("", "GET", "/api/openapi.json", "");
        assertThat(document.status).isEqualTo(200);
        assertThat(OpenApi31Schema.problems(document.body)).isEmpty();
        assertThat(document.body)
                .contains(
                        "\"PatchDict_BookIn_\"",
                        "\"Page_BookSchema_\"",
                        "\"/api/loans/{id}/return\"",
                        "\"/api/tags/{name}\"",
                        "\"BasicAuth\"")
                .doesNotContain("\"/api/tags/{id}\"");
    }

    private static void assertSame(String method, String path, String json) throws Exception {
        assertSame("", method, path, json);
    }

    /** The same status and body over the socket as in-process, as {@code user} (nobody when empty). */
    private static void assertSame(String user, String method, String path, String json) throws Exception {
        TestRequest request = TestRequest.of(method, path);
        if (!user.isEmpty()) {
            request = request.header("Authorization", LibraryContract.basic(user));
        }
        if (!json.isEmpty()) {
            request = request.json(json);
        }
        TestResponse expected = inProcess.send(request);
        Answer actual = socket(user, method, path, json);
        assertThat(actual.status).as(method + " " + path).isEqualTo(expected.status());
        assertThat(actual.body).as(method + " " + path).isEqualTo(expected.text());
    }

    private record Answer(int status, String body) {}

    private static Answer socket(String method, String path, String json) throws Exception {
        return socket("", method, path, json);
    }

    /** {@code method path} over the socket as {@code user} (nobody when empty). */
    private static Answer socket(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path));
        if (!user.isEmpty()) {
            request.header("Authorization", LibraryContract.basic(user));
        }
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
