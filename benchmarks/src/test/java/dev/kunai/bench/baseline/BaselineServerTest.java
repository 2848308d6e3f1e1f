package dev.kunai.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.bench.books.SeedData;
import dev.kunai.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The baseline serves the Books contract over a real socket: the responses the load harness measures. */
class BaselineServerTest {

    private static BaselineServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = BaselineServer.start("127.0.0.1", 0, "jdbc:h2:mem:baseline-test;DB_CLOSE_DELAY=-1");
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void helloAnswersTheGreeting() throws Exception {
        HttpResponse<String> response = get("/api/hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        assertThat(response.body()).isEqualTo("{\"message\":\"Hello, world!\"}");
    }

    @Test
    void listStartsWithTheSeededBooksInIdOrder() throws Exception {
        HttpResponse<String> response = get("/api/books/");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode books = Json.mapper().readTree(response.body());
        JsonNode seeded = Json.mapper().valueToTree(SeedData.books());
        for (int i = 0; i < SeedData.BOOKS; i++) {
            assertThat(books.get(i).toString()).isEqualTo(seeded.get(i).toString());
        }
    }

    @Test
    void createReturns201WithTheNewBookAndItShowsInTheList() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"title\": \"Dune\", \"tags\": [\"sf\", \"classic\"]}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = Json.mapper().readTree(response.body());
        assertThat(created.get("id").asLong()).isGreaterThan(SeedData.BOOKS);
        assertThat(created.get("title").asText()).isEqualTo("Dune");
        assertThat(created.get("tags").findValuesAsText("name")).containsExactly("sf", "classic");
        assertThat(created.get("tags").get(0).get("id").asLong())
                .isGreaterThan(SeedData.BOOKS * SeedData.TAGS_PER_BOOK);

        JsonNode listed = Json.mapper().readTree(get("/api/books/").body());
        assertThat(listed).contains(created);
    }

    @Test
    void createWithoutTagsGivesAnEmptyTagList() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"title\": \"Untagged\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Json.mapper().readTree(response.body()).get("tags").size()).isZero();
    }

    @Test
    void missingTitleIs422InTheValidationFormat() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"tags\": []}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .isEqualTo(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"payload\",\"title\"],\"msg\":\"Field required\"}]}");
    }

    @Test
    void tooLongTitleIs422() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"title\": \"" + "x".repeat(256) + "\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .isEqualTo(
                        "{\"detail\":[{\"type\":\"string_too_long\","
                                + "\"loc\":[\"body\",\"payload\",\"title\"],\"msg\":\"String should have at most 255 characters\"}]}");
    }

    @Test
    void titleOf255CharactersIsAccepted() throws Exception {
        assertThat(post("/api/books/", "{\"title\": \"" + "x".repeat(255) + "\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void wrongTypeOfTagsIs422AtTheField() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"title\": \"t\", \"tags\": {\"a\": 1}}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = Json.mapper().readTree(response.body()).get("detail").get(0);
        assertThat(error.get("type").asText()).isEqualTo("list_type");
        assertThat(error.get("loc").toString()).isEqualTo("[\"body\",\"payload\",\"tags\"]");
    }

    @Test
    void numberAsTitleIs422NotCoercedToText() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"title\": 5}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .isEqualTo("{\"detail\":[{\"type\":\"string_type\","
                        + "\"loc\":[\"body\",\"payload\",\"title\"],\"msg\":\"Input should be a valid string\"}]}");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = post("/api/books/", "{\"title\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"detail\":\"Cannot parse request body: invalid JSON at line 1, column 11\"}");
    }

    @Test
    void emptyOrNonObjectBodyIs400() throws Exception {
        assertThat(post("/api/books/", "").statusCode()).isEqualTo(400);
        HttpResponse<String> array = post("/api/books/", "[1, 2]");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(array.body()).get("detail").isTextual())
                .isTrue();
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        HttpResponse<String> missing = get("/api/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"detail\":\"Not Found\"}");

        HttpResponse<String> wrongMethod = post("/api/hello", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("allow")).contains("GET");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
