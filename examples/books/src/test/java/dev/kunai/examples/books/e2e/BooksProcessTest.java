package dev.kunai.examples.books.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Books API as a user runs it: {@code BooksApp runserver} in its own process, on the embedded H2 file database
 * under {@code ./data/} of a fresh working directory, with its migrations applied — then exercised over real HTTP.
 */
class BooksProcessTest {

    private static final Pattern LISTENING = Pattern.compile("Kunai listening on (http://\\S+)");
    private static Process process;
    private static String base;
    private static Path workDir;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> OUTPUT = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        workDir = Files.createTempDirectory("books-e2e");
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(
                        java,
                        "-Dkunai.test.migrations.level=INFO", // logback-test.xml: which migrations ran
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.kunai.examples.books.BooksApp",
                        "runserver",
                        "127.0.0.1:0")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (OUTPUT) {
                        OUTPUT.add(line);
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("The app exited before listening: " + OUTPUT));
        });
        base = url.get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (process != null) {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("graceful exit on SIGTERM")
                    .isTrue();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder post(String path, String json) {
        return to(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void migrationsRanOnTheEmbeddedDatabase() {
        assertThat(workDir.resolve("data")).isDirectory();
        synchronized (OUTPUT) {
            assertThat(String.join("\n", OUTPUT))
                    .contains("Successfully applied 2 migrations")
                    .contains("API docs: " + base + "/api/docs");
        }
    }

    @Test
    void createThenListOverHttp() throws Exception {
        HttpResponse<String> created =
                send(post("/api/books/", "{\"title\": \"Dune \uD83D\uDE80\", \"tags\": [\"sf\", \"</script>\"]}"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode book = Json.mapper().readTree(created.body());
        assertThat(book.get("title").asText()).isEqualTo("Dune \uD83D\uDE80");
        assertThat(book.get("tags").get(1).get("name").asText()).isEqualTo("</script>");
        JsonNode list = Json.mapper().readTree(send(to("/api/books/")).body());
        assertThat(list.findValuesAsText("title")).contains("Dune \uD83D\uDE80");
    }

    @Test
    void errorsOverHttp() throws Exception {
        HttpResponse<String> invalid = send(post("/api/books/", "{\"tags\": [null]}"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body())
                .contains("[\"body\",\"payload\",\"title\"]")
                .contains("[\"body\",\"payload\",\"tags\",0]");
        assertThat(send(post("/api/books/", "{oops")).statusCode()).isEqualTo(400);
        HttpResponse<String> put = send(to("/api/books/").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, HEAD, POST");
        HttpResponse<String> missing = send(to("/api/nothing"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"detail\":\"Not Found\"}");
        String huge = "{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> tooLarge = send(post("/api/books/", huge));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).startsWith("{\"detail\":");
    }

    @Test
    void docsAndDocument() throws Exception {
        HttpResponse<String> docs = send(to("/api/docs"));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui").doesNotContain("https://");
        String served = send(to("/api/openapi.json")).body();
        assertThat(dev.kunai.testfixtures.OpenApi31Schema.problems(served)).isEmpty();
        JsonNode document = Json.mapper().readTree(served);
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("info").get("title").asText()).isEqualTo("Project API");
        assertThat(document.at("/paths/~1api~1books~1/get/operationId").asText())
                .isEqualTo("BookController_getBooks");
        assertThat(document.at("/paths/~1api~1books~1/post/responses/201").isMissingNode())
                .isFalse();
    }

    @Test
    void keepAliveServesHundredsOfRequestsAndConcurrentCreatesLoseNothing() throws Exception {
        for (int i = 0; i < 300; i++) {
            assertThat(send(to("/api/books/")).statusCode()).isEqualTo(200);
        }
        int before = Json.mapper().readTree(send(to("/api/books/")).body()).size();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<HttpResponse<String>>> futures = IntStream.range(0, 200)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    return send(post("/api/books/", "{\"title\": \"c" + i + "\", \"tags\": [\"t\"]}"));
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            pool))
                    .toList();
            List<Long> ids = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).isEqualTo(201);
                ids.add(Json.mapper().readTree(r.body()).get("id").asLong());
            }
            assertThat(ids).doesNotHaveDuplicates();
        }
        assertThat(Json.mapper().readTree(send(to("/api/books/")).body()).size())
                .isEqualTo(before + 200);
    }
}
