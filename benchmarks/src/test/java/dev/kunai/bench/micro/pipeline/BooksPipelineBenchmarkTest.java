package dev.kunai.bench.micro.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.bench.books.BookPage;
import dev.kunai.bench.books.SeedData;
import dev.kunai.http.HttpResponse;
import dev.kunai.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs each pipeline benchmark once and checks the response is the one the load harness expects. */
class BooksPipelineBenchmarkTest {

    private final BooksPipelineBenchmark benchmark = new BooksPipelineBenchmark();
    private final BooksPipelineBenchmark.App app = new BooksPipelineBenchmark.App();
    private final BooksPipelineBenchmark.WriteApp writeApp = new BooksPipelineBenchmark.WriteApp();
    private final BooksPipelineBenchmark.Requests requests = new BooksPipelineBenchmark.Requests();

    @BeforeEach
    void start() {
        app.setUp();
        writeApp.setUp();
    }

    @AfterEach
    void stop() {
        app.tearDown();
        writeApp.tearDown();
    }

    @Test
    void helloAnswersTheGreeting() {
        HttpResponse response = benchmark.hello(app, requests);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Hello, world!\"}");
    }

    @Test
    void listAnswersTheTenSeededBooks() throws Exception {
        HttpResponse response = benchmark.list(app, requests);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Json.mapper().writeValueAsBytes(SeedData.books()));
    }

    @Test
    void pageAnswersTheFirstFiveBooksAndTheirCount() throws Exception {
        HttpResponse response = benchmark.page(app, requests);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo(Json.mapper()
                        .writeValueAsBytes(new BookPage(SeedData.books().subList(0, 5), SeedData.BOOKS)));
    }

    @Test
    void createInsertsIntoItsOwnDatabaseOnly() throws Exception {
        HttpResponse first = benchmark.create(writeApp, requests);
        HttpResponse second = benchmark.create(writeApp, requests);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.bodyText())
                .isEqualTo(
                        "{\"id\":11,\"title\":\"Benchmark book\",\"tags\":[{\"id\":21,\"name\":\"load\"},{\"id\":22,\"name\":\"test\"}]}");
        assertThat(second.bodyText()).startsWith("{\"id\":12,");
        assertThat(Json.mapper().readTree(benchmark.list(app, requests).body()).size())
                .isEqualTo(SeedData.BOOKS);
    }
}
