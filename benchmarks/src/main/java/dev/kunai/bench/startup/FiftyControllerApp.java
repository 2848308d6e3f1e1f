package dev.kunai.bench.startup;

import dev.kunai.KunaiApi;
import dev.kunai.app.KunaiApp;
import dev.kunai.bench.kunai.KunaiBenchApp;
import dev.kunai.bench.startup.controllers.GeneratedControllers;
import dev.kunai.data.db.Database;

/**
 * The load harness's {@code kunai-50} target, for start-up (issue 16: "start-up to first response for a
 * 50-controller app"): {@link KunaiBenchApp} (the Books app, its database and hello) plus 50 generated
 * annotated controllers ({@link GeneratedControllers}: 200 operations, 100 schemas, an OpenAPI document) under
 * {@code /api/v2/}. Its start-up minus the {@code kunai} target's is what 50 controllers cost.
 *
 * <p>Run: {@code DATABASE_URL=h2:mem:bench java -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
 * dev.kunai.bench.startup.FiftyControllerApp runserver 127.0.0.1:18081}
 */
public final class FiftyControllerApp {

    /** The 50 generated controllers as one API (its own OpenAPI document at {@code /api/v2/openapi.json}). */
    public static final KunaiApi API = KunaiApi.builder()
            .title("Fifty controllers")
            .controllers(GeneratedControllers.ALL.toArray(Class<?>[]::new))
            .build();

    private FiftyControllerApp() {}

    /** The bench app over {@code database} with the 50 controllers mounted at {@code /api/v2/}. */
    public static KunaiApp app(Database database) {
        return KunaiBenchApp.app(database).mount("/api/v2/", API);
    }

    /** Runs a project command ({@code runserver 127.0.0.1:<port>}) on the database in {@code DATABASE_URL}. */
    public static void main(String[] args) {
        app(Database.fromEnv()).run(args);
    }
}
