package dev.kunai.examples.library;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.data.db.Database;

/** The Library project: authors, books, tags and loans, each a model controller, at {@code /api/}. */
public final class LibraryApp {
    /** The API. */
    public static final KunaiApi API = KunaiApi.builder()
            .title("Library API")
            .controllers(
                    Controllers.AuthorController.class,
                    Controllers.BookController.class,
                    Controllers.TagController.class,
                    LoanController.class)
            .build();

    private LibraryApp() {}

    /** The application on the database of {@code DATABASE_URL}; tests target it too. */
    public static KunaiApp app() {
        return app(Database.fromEnv());
    }

    /** The application on {@code database}: its entities and the API at {@code /api/}. */
    public static KunaiApp app(Database database) {
        return Kunai.app()
                .database(database.packages("dev.kunai.examples.library"))
                .mount("/api/", API);
    }

    /** Runs a project command (runserver, migrate, makemigrations, showmigrations, openapi). */
    public static void main(String[] args) {
        app().run(args);
    }
}
