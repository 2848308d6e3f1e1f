package dev.kunai.bench.kunai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.app.RunningApp;
import dev.kunai.bench.baseline.BaselineServer;
import dev.kunai.bench.books.BookPage;
import dev.kunai.bench.books.SeedData;
import dev.kunai.data.db.Database;
import dev.kunai.json.Json;
import dev.kunai.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Both load-harness targets, started in-process on free ports over fresh H2 databases, answer every benchmark
 * scenario (and the contract's error cases) with the same status and the same bytes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KunaiBenchAppTest {

    private static BaselineServer baseline;
    private static RunningApp kunai;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        baseline = BaselineServer.start("127.0.0.1", 0, "jdbc:h2:mem:compare-baseline;DB_CLOSE_DELAY=-1");
        kunai = KunaiBenchApp.app(Database.of("h2:mem:compare-kunai"))
                .start(ServerOptions.builder().host("127.0.0.1").port(0).build());
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (kunai != null) {
            kunai.stop();
        }
        if (baseline != null) {
            baseline.close();
        }
    }

    @Test
    @Order(1)
    void listIsByteForByteTheBaselinesSeededBooks() throws Exception {
        HttpResponse<byte[]> fromKunai = get(kunaiUrl("/api/books/"));
        HttpResponse<byte[]> fromBaseline = get(baselineUrl("/api/books/"));

        assertThat(fromKunai.statusCode()).isEqualTo(200);
        assertThat(fromBaseline.statusCode()).isEqualTo(200);
        assertThat(text(fromKunai)).isEqualTo(text(fromBaseline));
        assertThat(fromKunai.body()).isEqualTo(fromBaseline.body());
        assertThat(fromKunai.body()).isEqualTo(Json.mapper().writeValueAsBytes(SeedData.books()));
        assertThat(fromKunai.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    @Order(2)
    void helloIsTheSameGreeting() throws Exception {
        HttpResponse<byte[]> fromKunai = get(kunaiUrl("/api/hello"));
        HttpResponse<byte[]> fromBaseline = get(baselineUrl("/api/hello"));

        assertThat(fromKunai.statusCode()).isEqualTo(200);
        assertThat(text(fromKunai)).isEqualTo("{\"message\":\"Hello, world!\"}").isEqualTo(text(fromBaseline));
    }

    @Test
    @Order(2) // before create grows the tables
    void pagesAreByteForByteTheSame() throws Exception {
        String[] queries = {
            "title=book&limit=5", // the load scenario
            "",
            "title=BOOK%201&limit=1&offset=1",
            "title=zzz",
            "title=100%25_!&limit=3",
            "limit=3&offset=9",
            "limit=0",
            "limit=1001",
            "limit=abc",
            "offset=-1",
            "limit=0&offset=-1",
            "title=" + "x".repeat(256),
        };
        for (String query : queries) {
            HttpResponse<byte[]> fromKunai = get(kunaiUrl("/api/books/page?" + query));
            HttpResponse<byte[]> fromBaseline = get(baselineUrl("/api/books/page?" + query));
            assertThat(fromBaseline.statusCode()).as(query).isEqualTo(fromKunai.statusCode());
            // 200s and 422s byte for byte: errors come in parameter order (title, limit, offset) on both sides
            assertThat(text(fromBaseline)).as(query).isEqualTo(text(fromKunai));
        }
        assertThat(get(kunaiUrl("/api/books/page?title=book&limit=5")).body())
                .isEqualTo(Json.mapper()
                        .writeValueAsBytes(new BookPage(SeedData.books().subList(0, 5), SeedData.BOOKS)));
    }

    @Test
    @Order(3)
    void createAnswersTheSame201AndNewIds() throws Exception {
        String body = "{\"title\": \"Benchmark book\", \"tags\": [\"load\", \"test\"]}";
        HttpResponse<byte[]> fromKunai = post(kunaiUrl("/api/books/"), body);
        HttpResponse<byte[]> fromBaseline = post(baselineUrl("/api/books/"), body);

        assertThat(fromKunai.statusCode()).isEqualTo(201).isEqualTo(fromBaseline.statusCode());
        assertThat(text(fromKunai))
                .isEqualTo(text(fromBaseline))
                .isEqualTo(
                        "{\"id\":11,\"title\":\"Benchmark book\",\"tags\":[{\"id\":21,\"name\":\"load\"},{\"id\":22,\"name\":\"test\"}]}");
        assertThat(text(get(kunaiUrl("/api/books/")))).isEqualTo(text(get(baselineUrl("/api/books/"))));
    }

    @Test
    @Order(4)
    void clientMistakesGetTheSameErrorBodies() throws Exception {
        String[][] posts = {
            {"{\"tags\": []}", "422"},
            {"{\"title\": 5}", "422"},
            {"{not json", "400"},
        };
        for (String[] c : posts) {
            HttpResponse<byte[]> fromKunai = post(kunaiUrl("/api/books/"), c[0]);
            HttpResponse<byte[]> fromBaseline = post(baselineUrl("/api/books/"), c[0]);
            assertThat(fromKunai.statusCode())
                    .as(c[0])
                    .isEqualTo(Integer.parseInt(c[1]))
                    .isEqualTo(fromBaseline.statusCode());
            assertThat(text(fromKunai)).as(c[0]).isEqualTo(text(fromBaseline));
        }
        HttpResponse<byte[]> missing = get(kunaiUrl("/api/nothing-here"));
        assertThat(missing.statusCode())
                .isEqualTo(404)
                .isEqualTo(get(baselineUrl("/api/nothing-here")).statusCode());
        assertThat(text(missing)).startsWith("{\"detail\":");
    }

    @Test
    @Order(5)
    void tooLongTitleHasTheSameTypeAndLocation() throws Exception {
        // Type, loc and message: both write pydantic's "String should have at most 255 characters". No load
        // scenario sends this request.
        String body = "{\"title\": \"" + "x".repeat(256) + "\"}";
        HttpResponse<byte[]> fromKunai = post(kunaiUrl("/api/books/"), body);
        HttpResponse<byte[]> fromBaseline = post(baselineUrl("/api/books/"), body);

        assertThat(fromKunai.statusCode()).isEqualTo(422).isEqualTo(fromBaseline.statusCode());
        JsonNode kunaiError =
                Json.mapper().readTree(fromKunai.body()).get("detail").get(0);
        JsonNode baselineError =
                Json.mapper().readTree(fromBaseline.body()).get("detail").get(0);
        assertThat(kunaiError.get("type")).isEqualTo(baselineError.get("type"));
        assertThat(kunaiError.get("loc")).isEqualTo(baselineError.get("loc"));
        assertThat(kunaiError.get("msg")).isEqualTo(baselineError.get("msg"));
        assertThat(kunaiError.get("type").asText()).isEqualTo("string_too_long");
    }

    private static String kunaiUrl(String path) {
        return kunai.baseUrl() + path;
    }

    private static String baselineUrl(String path) {
        return "http://127.0.0.1:" + baseline.port() + path;
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
