package dev.kunai.auth.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.auth.hashers.Argon2Hasher;
import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import dev.kunai.jetty.JettyServer;
import dev.kunai.json.Json;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kunai-auth's permissions against a real database (H2 and PostgreSQL): model permissions granted through
 * groups, object-level checks between two users, a staff-or-owner composition, and the typed {@code User}
 * principal; each scenario runs through the in-process client and over a real socket (Jetty, ephemeral port).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PermissionsContract {

    private static final String PASSWORD = "a-long-password";

    private Db db;
    private Users users;
    private RunningServer server;
    private HttpClient http;

    /** A fresh database with kunai-auth's migrations applied. */
    abstract Db open();

    /** Closes (and drops) it. */
    abstract void close(Db db);

    /** A placeholder for the model whose permissions are created. */
    static final class Book {}

    /** One way of sending a request as a user (empty username: anonymous). */
    interface Transport {
        Reply send(String method, String path, String username, String json);
    }

    /** A status and body, whichever transport produced it. */
    record Reply(int status, String body, List<String> challenges) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError(body, e);
            }
        }
    }

    @BeforeAll
    void start() throws Exception {
        db = open();
        users = Users.of(db, PasswordHashers.of(Argon2Hasher.create(1024, 1, 1)));
        users.createModelPermissions("books", Book.class);
        users.group("readers", "books.view_book");
        users.group("editors", "books.view_book", "books.add_book", "books.change_book");
        for (String name : List.of("ann", "bob", "cat")) {
            users.createUser(name, "", PASSWORD);
        }
        users.addToGroup("ann", "editors");
        users.addToGroup("bob", "editors");
        users.addToGroup("cat", "readers");
        users.createUser("eve", "", PASSWORD); // no permissions at all
        users.createSuperuser("root", "", PASSWORD);
        server = JettyServer.create()
                .start(
                        Library.dispatcher(users),
                        ServerOptions.builder().port(0).build());
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    void stop() {
        http.close();
        server.close();
        close(db);
    }

    Stream<Transport> transports() {
        Dispatcher inProcess = Library.dispatcher(users);
        TestClient client = TestClient.of(inProcess);
        Transport direct = (method, path, username, json) -> {
            TestRequest request = TestRequest.of(method, path);
            if (!username.isEmpty()) {
                request = request.header("Authorization", basic(username));
            }
            if (json != null) {
                request = request.body(json.getBytes(StandardCharsets.UTF_8), "application/json");
            }
            TestResponse response = client.send(request);
            return new Reply(
                    response.status(),
                    response.text(),
                    response.header("WWW-Authenticate").stream().toList());
        };
        Transport socket = (method, path, username, json) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json));
            if (!username.isEmpty()) {
                request.header("Authorization", basic(username));
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(
                        response.statusCode(),
                        response.body(),
                        response.headers().allValues("WWW-Authenticate"));
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        };
        return Stream.of(direct, socket);
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static long create(Transport t, String username, String title) {
        Reply created = t.send("POST", "/api/books/", username, "{\"title\":\"" + title + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("owner").asText()).isEqualTo(username);
        return created.json().get("id").asLong();
    }

    @ParameterizedTest
    @MethodSource("transports")
    void modelPermissionsComeFromTheUsersGroups(Transport t) {
        assertThat(t.send("GET", "/api/books/", "cat", null).status()).isEqualTo(200);
        Reply eve = t.send("GET", "/api/books/", "eve", null);
        assertThat(eve.status()).isEqualTo(403);
        assertThat(eve.body()).isEqualTo("{\"detail\":\"You do not have permission to perform this action.\"}");
        assertThat(t.send("POST", "/api/books/", "cat", "{\"title\":\"Dune\"}").status())
                .as("readers may not add")
                .isEqualTo(403);
        create(t, "ann", "Dune");
        assertThat(t.send("GET", "/api/books/", "root", null).status())
                .as("a superuser holds every permission")
                .isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("transports")
    void twoUsersCannotSeeOrChangeEachOthersBooks(Transport t) {
        long anns = create(t, "ann", "Ann's diary");
        long bobs = create(t, "bob", "Bob's notes");
        assertThat(t.send("GET", "/api/books/" + anns, "ann", null).status()).isEqualTo(200);
        Reply peek = t.send("GET", "/api/books/" + anns, "bob", null);
        assertThat(peek.status()).isEqualTo(403);
        assertThat(peek.body()).isEqualTo("{\"detail\":\"Only the book's owner may do this.\"}");
        assertThat(t.send("PUT", "/api/books/" + anns, "bob", "{\"title\":\"mine now\"}")
                        .status())
                .isEqualTo(403);
        assertThat(t.send("DELETE", "/api/books/" + anns, "bob", null).status()).isEqualTo(403);
        assertThat(t.send("GET", "/api/books/" + anns, "ann", null)
                        .json()
                        .get("title")
                        .asText())
                .as("unchanged")
                .isEqualTo("Ann's diary");
        assertThat(t.send("PUT", "/api/books/" + bobs, "bob", "{\"title\":\"Bob's book\"}")
                        .status())
                .isEqualTo(200);
        Reply missing = t.send("GET", "/api/books/999999", "ann", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @ParameterizedTest
    @MethodSource("transports")
    void staffOrOwnerMayDelete(Transport t) {
        long anns = create(t, "ann", "To delete");
        assertThat(t.send("DELETE", "/api/books/" + anns, "eve", null).status()).isEqualTo(403);
        assertThat(t.send("DELETE", "/api/books/" + anns, "root", null).status())
                .as("root is staff: IsAdminUser allows, IsOwner is not asked")
                .isEqualTo(204);
        long again = create(t, "ann", "Mine to delete");
        assertThat(t.send("DELETE", "/api/books/" + again, "ann", null).status())
                .isEqualTo(204);
        assertThat(t.send("GET", "/api/books/" + again, "ann", null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("transports")
    void authenticationAnswersBeforePermissions(Transport t) {
        Reply anonymous = t.send("GET", "/api/books/", "", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenges()).containsExactly("Basic realm=\"api\"");
        Reply mine = t.send("GET", "/api/books/mine", "cat", null);
        assertThat(mine.json().get("username").asText())
                .as("the typed User principal")
                .isEqualTo("cat");
    }

    @ParameterizedTest
    @MethodSource("transports")
    void theOpenApiDocumentDocumentsEachDenial(Transport t) {
        JsonNode paths = t.send("GET", "/api/openapi.json", "", null).json().get("paths");
        for (String operation : List.of("/~1api~1books~1/get", "/~1api~1books~1/post", "/~1api~1books~1{id}/put")) {
            JsonNode responses = paths.at(operation + "/responses");
            assertThat(responses.get("403").get("description").asText())
                    .as(operation)
                    .isEqualTo("Forbidden");
            assertThat(responses.has("401")).as(operation).isTrue();
        }
        assertThat(paths.at("/~1api~1books~1{id}/delete/responses").has("404")).isTrue();
        assertThat(paths.at("/~1api~1books~1/get/responses").has("404")).isFalse();
    }
}
