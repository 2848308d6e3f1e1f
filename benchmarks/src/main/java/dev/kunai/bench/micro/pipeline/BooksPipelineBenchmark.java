package dev.kunai.bench.micro.pipeline;

import dev.kunai.app.KunaiApp;
import dev.kunai.bench.kunai.KunaiBenchApp;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.http.HttpResponse;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.testing.TestRequest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole in-process pipeline of the load harness's Kunai target ({@link KunaiBenchApp}: the Books app +
 * hello) with no socket: {@link Dispatcher#handle} with a {@link TestRequest}, on H2 in memory seeded with the
 * 10 books: the load harness's scenarios hello, list, page (filtered + paginated) and create. {@code list} and {@code create} use separate databases, so the list stays at 10 books however
 * many books {@code create} adds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BooksPipelineBenchmark {

    /** The body the load harness's create scenario posts. */
    static final String CREATE_BODY = "{\"title\": \"Benchmark book\", \"tags\": [\"load\", \"test\"]}";

    /** The query of the load harness's page scenario: books whose title contains "book", 5 of them, counted. */
    static final String PAGE_QUERY = "title=book&limit=5";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** One started application (database + dispatcher) over a fresh, seeded in-memory H2 database. */
    @State(Scope.Benchmark)
    public static class App {
        Db db;
        Dispatcher dispatcher;

        /** Opens a fresh database (migrations + seed) and compiles the pipeline. */
        @Setup
        public void setUp() {
            KunaiApp app = KunaiBenchApp.app(Database.of("h2:mem:jmh-pipeline-" + DATABASES.incrementAndGet()));
            db = app.openDb().orElseThrow();
            dispatcher = app.dispatcher(db);
        }

        /** Closes the database. */
        @TearDown
        public void tearDown() {
            db.close();
        }
    }

    /** The application whose table {@code create} grows. */
    @State(Scope.Benchmark)
    public static class WriteApp extends App {}

    /** The prepared requests (bodies are re-read on each call). */
    @State(Scope.Benchmark)
    public static class Requests {
        final TestRequest hello = TestRequest.of("GET", "/api/hello");
        final TestRequest list = TestRequest.of("GET", "/api/books/");
        final TestRequest page = TestRequest.of("GET", "/api/books/page?" + PAGE_QUERY);
        final TestRequest create = TestRequest.of("POST", "/api/books/").json(CREATE_BODY);
    }

    /** {@code GET /api/hello}: dispatch + JSON write of a constant, the pipeline's floor. */
    @Benchmark
    public HttpResponse hello(App app, Requests requests) {
        return app.dispatcher.handle(requests.hello);
    }

    /** {@code GET /api/books/}: schema-driven read of the 10 books with their tags + JSON write. */
    @Benchmark
    public HttpResponse list(App app, Requests requests) {
        return app.dispatcher.handle(requests.list);
    }

    /**
     * {@code GET /api/books/page?title=book&limit=5}: a filtered, paginated list (filter → order → limit, the
     * count, the page's tags) + JSON write of {@code {"items": [5 books], "count": 10}}.
     */
    @Benchmark
    public HttpResponse page(App app, Requests requests) {
        return app.dispatcher.handle(requests.page);
    }

    /** {@code POST /api/books/}: bind + validate + a transaction inserting a book and 2 tags + 201. */
    @Benchmark
    public HttpResponse create(WriteApp app, Requests requests) {
        return app.dispatcher.handle(requests.create);
    }
}
