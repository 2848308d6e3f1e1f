package dev.kunai.it.support;

import dev.kunai.app.Kunai;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.BooksApp;

/**
 * The Books project's {@code main}, plus {@link FixtureController} at {@code /fixture/} (its slow endpoint
 * keeps requests in flight on purpose). Run as a real process by the graceful-shutdown test.
 */
public final class BooksWithFixtureApp {

    private BooksWithFixtureApp() {}

    /** Same as {@link BooksApp#main(String[])}, with the fixture API mounted too. */
    public static void main(String[] args) {
        Kunai.app()
                .database(Database.fromEnv().packages("dev.kunai.examples.books"))
                .mount("/api/", BooksApp.API)
                .mount("/fixture/", BooksServer.FIXTURE)
                .run(args);
    }
}
