package dev.kunai.bench.kunai;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.BooksApp;
import java.util.Optional;

/**
 * The Kunai target of the load harness: exactly the Books app's API ({@link BooksApp#API} at {@code /api/},
 * its controller, entities and migrations) plus {@link HelloController} at {@code /api/hello}, on
 * {@code DATABASE_URL}, seeded with {@link dev.kunai.bench.books.SeedData} before it serves.
 *
 * <p>Tables come from the Books app's Flyway migrations ({@code db/migration/V1__initial.sql} and the
 * Java migration {@code db.migration.V2__Search_indexes}, a no-op on H2, in its jar),
 * applied at start-up as the Books app itself does, so the measured start-up includes Flyway.
 *
 * <p>Run: {@code DATABASE_URL=h2:mem:bench java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * dev.kunai.bench.kunai.KunaiBenchApp runserver 127.0.0.1:18081}
 */
public final class KunaiBenchApp {

    /** The hello endpoint's API, mounted at {@code /api/} beside the Books API (no second OpenAPI document). */
    public static final KunaiApi HELLO_API = KunaiApi.builder()
            .title("Benchmark hello")
            .controllers(HelloController.class)
            .noOpenApi()
            .build();

    private KunaiBenchApp() {}

    /** The application over {@code database}: Books API + hello at {@code /api/}, seeded while it starts. */
    public static KunaiApp app(Database database) {
        return Kunai.app()
                .database(database.packages(BooksApp.class.getPackageName()))
                .mount("/api/", BooksApp.API)
                .mount("/api/", HELLO_API)
                .module(binder -> binder.bind(BenchSeed.class).asEagerSingleton());
    }

    /**
     * Runs a project command ({@code runserver 127.0.0.1:<port>}) on the database in {@code DATABASE_URL},
     * throttled as {@code BENCH_THROTTLE} says ({@link BenchThrottle}: {@code none}, {@code memory} or
     * {@code redis}; default {@code none}).
     */
    public static void main(String[] args) {
        BenchThrottle throttle = BenchThrottle.parse(
                Optional.ofNullable(System.getenv("BENCH_THROTTLE")).orElse("none"));
        throttle.applyTo(app(Database.fromEnv())).run(args);
    }
}
