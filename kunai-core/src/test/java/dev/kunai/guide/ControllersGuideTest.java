package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.route.Route;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/controllers.md. */
class ControllersGuideTest {

    // --- example start
    @Controller(value = "notes", tags = "Notes")
    public static class NoteController {
        @Get("{id}")
        public Map<String, Object> get(long id) {
            return Map.of("id", id);
        }

        @Post(value = "", status = 201, summary = "Create a note", operationId = "createNote")
        public Map<String, String> create(Map<String, String> note) {
            return note;
        }

        @Delete("{id}")
        public void delete(long id) {}

        @Get("files/{path:path}")
        public Map<String, String> file(String path) {
            return Map.of("path", path);
        }

        @Route(
                methods = {HttpMethod.PUT, HttpMethod.PATCH},
                value = "{id}/title")
        public Map<String, String> title(long id, Map<String, String> body) {
            return body;
        }
    }

    static final KunaiApi V1 = KunaiApi.builder()
            .title("Notes")
            .version("1.0")
            .prefix("/api/v1")
            .controllers(NoteController.class)
            .build();
    static final KunaiApi V2 = KunaiApi.builder()
            .title("Notes")
            .version("2.0")
            .prefix("/api/v2")
            .controllers(NoteController.class)
            .build();
    // --- example end

    @Test
    void routesAndVersionedApis() {
        TestClient client = TestClient.of(dev.kunai.pipeline.Dispatcher.builder()
                .mount(V1)
                .mount(V2)
                .container(GuiceContainer.create())
                .build());
        assertThat(client.get("/api/v1/notes/7").json().get("id").asInt()).isEqualTo(7);
        assertThat(client.get("/api/v2/notes/7").status()).isEqualTo(200);
        assertThat(client.post("/api/v1/notes/", Map.of("text", "hi")).status()).isEqualTo(201);
        assertThat(client.delete("/api/v1/notes/7").status()).isEqualTo(204);
        assertThat(client.get("/api/v1/notes/files/a/b.txt").json().get("path").asText())
                .isEqualTo("a/b.txt");
        assertThat(client.send(TestRequest.of("PATCH", "/api/v1/notes/1/title").json(Map.of("t", "x")))
                        .status())
                .isEqualTo(200);
        assertThat(client.send(TestRequest.of("POST", "/api/v1/notes/1/title")).header("Allow"))
                .contains("PUT, PATCH");
        assertThat(client.get("/api/v3/notes/7").status()).isEqualTo(404);
        assertThat(client.head("/api/v1/notes/7").body()).isEmpty();
    }
}
