package dev.kunai.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.RequestContext;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Put;
import dev.kunai.security.Auth;
import dev.kunai.security.Authenticated;
import dev.kunai.security.Principal;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Object-level checks through {@link ObjectPermissions}: 404 for a missing object, 403 for another's. */
class ObjectPermissionsTest {

    record Note(long id, String owner, String text) {}

    static final Map<Long, Note> NOTES = Map.of(1L, new Note(1, "ann", "ann's note"), 2L, new Note(2, "bob", "bob's"));

    /** Owners only (a DRF-style object permission); every authenticated request passes the request check. */
    public static final class IsOwner implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return context.attribute(Principal.class).isPresent();
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            return object instanceof Note note
                    && context.attribute(Principal.class)
                            .map(p -> p.value().equals(note.owner()))
                            .orElse(false);
        }

        @Override
        public String message() {
            return "Only its owner may use this note.";
        }
    }

    @Controller("notes")
    @Permissions(IsOwner.class)
    public static class NoteController {
        @Get("{id}")
        public Map<String, String> note(long id, ObjectPermissions permissions) {
            return Map.of(
                    "text",
                    permissions.getOr404(Optional.ofNullable(NOTES.get(id))).text());
        }

        @Put("{id}")
        public Map<String, String> change(long id, ObjectPermissions permissions, @Authenticated String user) {
            Note note = permissions.check(NOTES.get(id));
            return Map.of("changed", note.text(), "by", user);
        }

        @Get("{id}/public")
        @Permissions({})
        public Map<String, String> anyone(long id, ObjectPermissions permissions) {
            return Map.of(
                    "text",
                    permissions.getOr404(Optional.ofNullable(NOTES.get(id))).text());
        }
    }

    private static final TestClient CLIENT = TestClient.of(Dispatcher.builder()
            .mount(KunaiApi.builder()
                    .prefix("/api")
                    .controllers(NoteController.class)
                    .auth(Auth.bearer(token -> Optional.of(token)))
                    .build())
            .build());

    private static TestResponse as(String user, String method, String path) {
        return CLIENT.send(TestRequest.of(method, path).header("Authorization", "Bearer " + user));
    }

    @Test
    void twoUsersCannotReadOrChangeEachOthersObjects() {
        assertThat(as("ann", "GET", "/api/notes/1").json().get("text").asText()).isEqualTo("ann's note");
        assertThat(as("bob", "GET", "/api/notes/2").status()).isEqualTo(200);
        TestResponse read = as("bob", "GET", "/api/notes/1");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.text()).isEqualTo("{\"detail\":\"Only its owner may use this note.\"}");
        assertThat(as("ann", "PUT", "/api/notes/2").status()).isEqualTo(403);
        TestResponse own = as("bob", "PUT", "/api/notes/2");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("by").asText()).isEqualTo("bob");
    }

    @Test
    void aMissingObjectIs404InTheErrorFormat() {
        TestResponse missing = as("ann", "GET", "/api/notes/99");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void withoutPermissionsEveryObjectIsAllowed() {
        assertThat(as("ann", "GET", "/api/notes/2/public").status()).isEqualTo(200);
        assertThat(as("ann", "GET", "/api/notes/99/public").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentShows403And404() {
        JsonNode paths = CLIENT.get("/api/openapi.json").json().get("paths");
        assertThat(paths.at("/~1api~1notes~1{id}/get/responses").has("403")).isTrue();
        assertThat(paths.at("/~1api~1notes~1{id}/get/responses").has("404")).isTrue();
        assertThat(paths.at("/~1api~1notes~1{id}~1public/get/responses").has("404"))
                .isTrue();
        assertThat(paths.at("/~1api~1notes~1{id}~1public/get/responses").has("403"))
                .isFalse();
        assertThat(paths.at("/~1api~1notes~1{id}/put/parameters").toString())
                .as("neither the principal nor ObjectPermissions is an OpenAPI parameter")
                .doesNotContain("user")
                .doesNotContain("permissions");
    }
}
