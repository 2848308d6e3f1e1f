package dev.kunai.bench.kunai;

import dev.kunai.bench.books.SeedData;
import dev.kunai.data.db.Db;
import dev.kunai.examples.books.Book;
import dev.kunai.examples.books.BookController;
import dev.kunai.examples.books.BookCreateSchema;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the benchmark data set ({@link SeedData}) through the Books app's own {@code createBook} handler, the
 * same path a {@code POST /api/books/} takes. {@link KunaiBenchApp} binds it as an eager singleton, so it runs
 * while the DI container is built: before the server accepts its first request (the seed is part of the
 * measured start-up, as in the baseline).
 */
public final class BenchSeed {

    private static final Logger LOG = LoggerFactory.getLogger(BenchSeed.class);

    /** Seeds the application's database while the container starts. */
    @Inject
    BenchSeed(Db db) {
        if (!seed(db)) {
            LOG.warn("The database already holds books: not seeding the benchmark data set");
        }
    }

    /** Inserts the 10 books x 2 tags into {@code db} unless it already holds books; returns whether it did. */
    public static boolean seed(Db db) {
        if (db.read(s -> s.first(Book.class).isPresent())) {
            return false;
        }
        BookController books = new BookController(db);
        for (int n = 1; n <= SeedData.BOOKS; n++) {
            List<String> tags = new ArrayList<>(SeedData.TAGS_PER_BOOK);
            for (int t = 1; t <= SeedData.TAGS_PER_BOOK; t++) {
                tags.add(SeedData.tagName(n, t));
            }
            books.createBook(new BookCreateSchema(SeedData.title(n), tags));
        }
        return true;
    }
}
