package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.db.Db;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Books API's behaviour, run against each database by its subclasses. */
abstract class BooksContract {

    private static long count(Db db, Class<?> entity) {
        return db.read(s -> (long) s.all(entity).size());
    }

    @Test
    void createReturns201WithTagsAndPersists(TestClient client, Db db) {
        TestResponse created = client.post("/books/", Map.of("title", "Dune", "tags", List.of("sf", "classic")));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("title").asText()).isEqualTo("Dune");
        assertThat(body.get("tags")).hasSize(2);
        assertThat(body.get("tags").get(0).get("name").asText()).isEqualTo("sf");
        assertThat(body.get("id").isIntegralNumber()).isTrue();
        assertThat(count(db, Tag.class)).isEqualTo(2);
        JsonNode listed = client.get("/books/").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(body);
    }

    @Test
    void tagsAreOptionalAndUnknownFieldsIgnored(TestClient client) {
        TestResponse created = client.post("/books/", "{\"title\": \"Alone\", \"id\": 999, \"extra\": true}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("tags")).isEmpty();
        assertThat(created.json().get("id").asLong()).isNotEqualTo(999);
        assertThat(client.post("/books/", "{\"title\": \"Null tags\", \"tags\": null}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void listIsOrderedById(TestClient client) {
        for (String title : List.of("c", "a", "b")) {
            client.post("/books/", Map.of("title", title));
        }
        JsonNode listed = client.get("/books/").json();
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).get("id").asLong())
                .isLessThan(listed.get(1).get("id").asLong());
        assertThat(listed.get(1).get("id").asLong())
                .isLessThan(listed.get(2).get("id").asLong());
        assertThat(listed.get(0).get("title").asText()).isEqualTo("c");
    }

    @Test
    void invalidBodiesAre422WithTheFieldAndWriteNothing(TestClient client, Db db) {
        assertError(client.post("/books/", "{}"), "missing", "[\"body\",\"payload\",\"title\"]");
        assertError(client.post("/books/", "{\"title\": 5}"), "string_type", "[\"body\",\"payload\",\"title\"]");
        assertError(client.post("/books/", "{\"title\": null}"), "string_type", "[\"body\",\"payload\",\"title\"]");
        assertError(
                client.post("/books/", "{\"title\": \"" + "x".repeat(256) + "\"}"),
                "string_too_long",
                "[\"body\",\"payload\",\"title\"]");
        assertError(
                client.post("/books/", "{\"title\": \"t\", \"tags\": \"sf\"}"),
                "list_type",
                "[\"body\",\"payload\",\"tags\"]");
        assertError(
                client.post("/books/", "{\"title\": \"t\", \"tags\": [\"a\", null]}"),
                "string_type",
                "[\"body\",\"payload\",\"tags\",1]");
        assertError(
                client.post("/books/", "{\"title\": \"t\", \"tags\": [1]}"),
                "string_type",
                "[\"body\",\"payload\",\"tags\",0]");
        assertError(client.post("/books/", "[\"title\"]"), "model_type", "[\"body\",\"payload\"]");
        assertError(client.post("/books/", "\"just a string\""), "model_type", "[\"body\",\"payload\"]");
        assertThat(client.post("/books/", "{\"title\": \"" + "x".repeat(255) + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(count(db, Book.class)).isEqualTo(1);
        assertThat(count(db, Tag.class)).isZero();
    }

    @Test
    void everyErrorOfABodyIsReportedAtOnce(TestClient client, Db db) {
        assertErrors(
                client.post("/books/", "{\"title\": 5, \"tags\": [1, null, \"ok\", true]}"),
                "string_type [\"body\",\"payload\",\"title\"]",
                "string_type [\"body\",\"payload\",\"tags\",0]",
                "string_type [\"body\",\"payload\",\"tags\",1]",
                "string_type [\"body\",\"payload\",\"tags\",3]");
        String tooLong = "x".repeat(256);
        assertErrors(
                client.post(
                        "/books/",
                        "{\"title\": \"" + tooLong + "\", \"tags\": [\"ok\", \"" + tooLong + "\", \"" + tooLong
                                + "\"]}"),
                "string_too_long [\"body\",\"payload\",\"title\"]",
                "string_too_long [\"body\",\"payload\",\"tags\",1]",
                "string_too_long [\"body\",\"payload\",\"tags\",2]");
        assertThat(count(db, Book.class)).isZero();
        assertThat(count(db, Tag.class)).isZero();
    }

    private static void assertError(TestResponse response, String type, String loc) {
        assertErrors(response, type + " " + loc);
    }

    /** The 422 lists exactly these errors, each given as its type, a space and its location as JSON, each with a message. */
    private static void assertErrors(TestResponse response, String... expected) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        JsonNode detail = response.json().get("detail");
        List<String> errors = new java.util.ArrayList<>();
        for (JsonNode error : detail) {
            assertThat(error.get("msg").asText()).as(error.toString()).isNotBlank();
            errors.add(error.get("type").asText() + " " + error.get("loc"));
        }
        assertThat(errors).as(response.text()).containsExactlyInAnyOrder(expected);
    }

    @Test
    void malformedEmptyOrNonUtf8BodiesAre400(TestClient client, Db db) {
        assertThat(client.post("/books/", "{\"title\": ").text())
                .isEqualTo("{\"detail\":\"Cannot parse request body: invalid JSON at line 1, column 11\"}");
        assertThat(client.send(TestRequest.of("POST", "/books/")).status()).isEqualTo(400);
        byte[] latin1 = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        TestResponse invalid = client.send(TestRequest.of("POST", "/books/").body(latin1, "application/json"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("detail").isTextual()).isTrue();
        assertThat(count(db, Book.class)).isZero();
    }

    @Test
    void oversizedBodyIs413(TestClient client, Db db) {
        byte[] huge = ("{\"title\": \"t\", \"tags\": [\"" + "x".repeat(2 * 1024 * 1024) + "\"]}")
                .getBytes(StandardCharsets.UTF_8);
        TestResponse response = client.send(TestRequest.of("POST", "/books/").body(huge, "application/json"));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asText()).contains("too large");
        assertThat(count(db, Book.class)).isZero();
    }

    @Test
    void otherMethodsAre405AndUnknownPaths404(TestClient client) {
        TestResponse put = client.put("/books/", Map.of("title", "x"));
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("GET, HEAD, POST");
        assertThat(put.json().get("detail").asText()).isEqualTo("Method Not Allowed");
        assertThat(client.delete("/books/").status()).isEqualTo(405);
        TestResponse missing = client.get("/nothing/here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void stringsRoundTripByteForByte(TestClient client) {
        List<String> titles = List.of(
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family",
                "e\u0301 combining",
                "tab\tnew\nline\u0001 control",
                "</script><script>alert(1)</script>",
                "  spaces kept  ",
                "\u4e2d\u6587 \u0627\u0644\u0639\u0631\u0628\u064a\u0629");
        for (String title : titles) {
            TestResponse created = client.post("/books/", Map.of("title", title, "tags", List.of(title)));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("title").asText()).isEqualTo(title);
            assertThat(created.json().get("tags").get(0).get("name").asText()).isEqualTo(title);
        }
        JsonNode listed = client.get("/books/").json();
        for (int i = 0; i < titles.size(); i++) {
            assertThat(listed.get(i).get("title").asText()).isEqualTo(titles.get(i));
        }
    }

    @Test
    void concurrentCreatesLoseNothing(TestClient client, Db db) {
        List<CompletableFuture<TestResponse>> futures = IntStream.range(0, 100)
                .mapToObj(i -> client.async().post("/books/", Map.of("title", "book " + i, "tags", List.of("t" + i))))
                .toList();
        List<Long> ids = futures.stream()
                .map(CompletableFuture::join)
                .peek(r -> assertThat(r.status()).isEqualTo(201))
                .map(r -> r.json().get("id").asLong())
                .toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(100);
        assertThat(count(db, Book.class)).isEqualTo(100);
        assertThat(client.get("/books/").json()).hasSize(100);
    }
}
