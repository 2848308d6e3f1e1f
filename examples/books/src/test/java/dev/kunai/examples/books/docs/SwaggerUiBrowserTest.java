package dev.kunai.examples.books.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.app.Kunai;
import dev.kunai.app.RunningApp;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.Book;
import dev.kunai.examples.books.BookSchema;
import dev.kunai.examples.books.BookTagSchema;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.json.Json;
import dev.kunai.server.ServerOptions;
import dev.kunai.test.browser.HeadlessChromium;
import dev.kunai.test.browser.SwaggerUiPage;
import dev.kunai.test.browser.SwaggerUiPage.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on Swagger UI: headless Chromium opens the running Books app's {@code /api/docs}, sees the Books
 * operations, creates a book with "Try it out" and gets its 201; the book is then in the database. Every asset the
 * page loaded came from the app itself (no CDN). Skipped without Chromium unless {@code CI} is set.
 */
@Timeout(90)
class SwaggerUiBrowserTest {

    /** Requests that leave the browser (chrome:// and data: URLs do not). */
    private static final Pattern NETWORK_SCHEME = Pattern.compile("(?i)(https?|wss?|ftp)://");

    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?:src|href)\\s*=\\s*[\"'](https?://[^\"']*)");

    private HeadlessChromium browser;
    private RunningApp app;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start();
        Database database = Database.of("h2:mem:docs-" + UUID.randomUUID()).packages("dev.kunai.examples.books");
        app = Kunai.app()
                .database(database)
                .mount("/api/", BooksApp.API)
                .start(ServerOptions.builder().host("127.0.0.1").port(0).build());
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    @Test
    void createsABookThroughTryItOut() throws Exception {
        var driver = browser.driver();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        SwaggerUiPage page = SwaggerUiPage.open(browser, app.baseUrl() + "/api/docs");

        // The "Books" tag renders with both operations.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h3.opblock-tag[data-tag='Books']")));
        WebElement get = wait.until(ExpectedConditions.visibilityOfElementLocated(operation("get")));
        WebElement post = wait.until(ExpectedConditions.visibilityOfElementLocated(operation("post")));
        assertThat(get.findElement(By.cssSelector(".opblock-summary-path")).getText())
                .isEqualTo("/api/books/");
        assertThat(post.findElement(By.cssSelector(".opblock-summary-path")).getText())
                .isEqualTo("/api/books/");
        assertThat(driver.getTitle()).isEqualTo("Project API - Swagger UI");

        // Expand POST, "Try it out", type the payload, Execute: the live response is 201 and the created book.
        Response response = page.tryItOut("post", "/api/books/")
                .body("post", "/api/books/", "{\"title\": \"From the browser\", \"tags\": [\"ui\"]}")
                .execute("post", "/api/books/");
        assertThat(response.status()).isEqualTo(201);
        String shown = response.body();
        JsonNode created = Json.mapper().readTree(shown);
        assertThat(created.path("id").isIntegralNumber()).isTrue();
        assertThat(created.path("title").asText()).isEqualTo("From the browser");
        assertThat(created.path("tags")).hasSize(1);
        assertThat(created.path("tags").get(0).path("name").asText()).isEqualTo("ui");

        // It is really stored: in the database, and listed by GET /api/books/.
        List<BookSchema> stored = app.db().orElseThrow().read(s -> s.all(Book.class, BookSchema.class));
        assertThat(stored).singleElement().satisfies(book -> {
            assertThat(book.id()).isEqualTo(created.path("id").asLong());
            assertThat(book.title()).isEqualTo("From the browser");
            assertThat(book.tags()).extracting(BookTagSchema::name).containsExactly("ui");
        });
        JsonNode listed = Json.mapper().readTree(httpGet(app.baseUrl() + "/api/books/"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(created);

        // Nothing came from outside the app: every request the browser sent, and every asset URL in the page.
        List<String> requested = browser.requestedUrls();
        assertThat(requested)
                .contains(
                        app.baseUrl() + "/api/docs",
                        app.baseUrl() + "/api/openapi.json",
                        app.baseUrl() + "/api/books/");
        List<String> outside = requested.stream()
                .filter(url -> NETWORK_SCHEME.matcher(url).lookingAt())
                .filter(url -> !url.startsWith(app.baseUrl() + "/"))
                .toList();
        assertThat(outside).as("requests to anything but the app").isEmpty();
        Matcher absolute = ABSOLUTE_URL.matcher(driver.getPageSource());
        while (absolute.find()) {
            assertThat(absolute.group(1)).startsWith(app.baseUrl() + "/");
        }
    }

    private static By operation(String method) {
        return By.cssSelector(".opblock.opblock-" + method + ":has(.opblock-summary-path[data-path='/api/books/'])");
    }

    private static String httpGet(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
