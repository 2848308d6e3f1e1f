package dev.kunai.examples.books;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.data.db.Database;

/** The project: its API and its {@code manage.py} (runserver, migrate, makemigrations, showmigrations, openapi). */
public final class BooksApp {
    /** The API, titled as in the tutorial. */
    public static final KunaiApi API = KunaiApi.builder()
            .title("Project API")
            .controllers(BookController.class)
            .build();

    private BooksApp() {}

    /** Runs a project command; with none, serves the API at http://127.0.0.1:8000/api/. */
    public static void main(String[] args) {
        Kunai.app()
                .database(Database.fromEnv().packages("dev.kunai.examples.books"))
                .mount("/api/", API)
                .run(args);
    }
}
