package dev.kunai.examples.library;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.auth.KunaiAuth;
import dev.kunai.auth.authenticators.UserAuth;
import dev.kunai.data.db.Database;
import dev.kunai.data.model.ModelOperations;
import dev.kunai.operation.Operation;

/**
 * The Library project: authors, books, tags and loans, each a model controller, at {@code /api/}. The catalogue
 * is public; loans need a user (HTTP Basic against kunai-auth's {@code auth_user}) and each user sees only their
 * own, staff every one.
 */
public final class LibraryApp {

    private LibraryApp() {}

    /** The API, its loans authenticated against {@code users}. */
    public static KunaiApi api(LibraryUsers users) {
        return KunaiApi.builder()
                .title("Library API")
                .controllers(
                        Controllers.AuthorController.class,
                        Controllers.BookController.class,
                        Controllers.TagController.class,
                        LoanController.class)
                .operations(Writers.operations().toArray(Operation[]::new))
                .authSchemes(UserAuth.basic(users))
                .build();
    }

    /**
     * The application on the database of {@code DATABASE_URL}, else its own embedded {@code ./data/library} (the
     * Books example, run from the same directory, has {@code ./data/db}); tests target it too.
     */
    public static KunaiApp app() {
        return app(Database.fromEnvOr("h2:file:./data/library"));
    }

    /** The application on {@code database}: its entities, kunai-auth's users and the API at {@code /api/}. */
    public static KunaiApp app(Database database) {
        LibraryUsers users = new LibraryUsers();
        return Kunai.app()
                .database(KunaiAuth.install(database.packages("dev.kunai.examples.library")))
                .bind(LibraryUsers.class, users)
                .feature(ModelOperations.feature())
                .mount("/api/", api(users));
    }

    /** Runs a project command (runserver, migrate, makemigrations, showmigrations, openapi, createsuperuser). */
    public static void main(String[] args) {
        app().run(args);
    }
}
