package dev.kunai.examples.books;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.data.db.Database;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The project: its API and its {@code manage.py} (runserver, migrate, makemigrations, showmigrations, openapi). */
public final class BooksApp {
    /** The API, titled as in the tutorial. */
    public static final KunaiApi API = KunaiApi.builder()
            .title("Project API")
            .controllers(BookController.class, BookListController.class)
            .build();

    private BooksApp() {}

    /** What {@code GET /health} answers while the process serves requests (for load balancers). */
    private static final HttpResponse HEALTHY =
            HttpResponse.json(200, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));

    /** The application: its database, the API at {@code /api/} and a health route; tests target it too. */
    public static KunaiApp app() {
        return Kunai.app()
                .database(Database.fromEnv().packages("dev.kunai.examples.books"))
                .mount("/api/", API)
                .feature(setup -> setup.route(FeatureRoute.of(HttpMethod.GET, "/health", context -> HEALTHY)));
    }

    /** Runs a project command; with none, serves the API at http://127.0.0.1:8000/api/. */
    public static void main(String[] args) {
        app().run(args);
    }
}
