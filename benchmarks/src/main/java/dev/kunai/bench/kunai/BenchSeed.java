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
 * same path a {@code POST /api/books/} takes. Bound as an eager singleton, so it runs while the DI container is
 * built: before the server accepts its first request (the seed is part of the measured start-up, as in the
 * baseline).
 */
final class BenchSeed {

    private static final Logger LOG = LoggerFactory.getLogger(BenchSeed.class);

    /** Seeds {@code db} unless it already holds books (a reused file database is left alone). */
    @Inject
    BenchSeed(Db db) {
        long existing = db.read(s -> s.first(Book.class).isPresent() ? 1L : 0L);
        if (existing > 0) {
            LOG.warn("The database already holds books: not seeding the benchmark data set");
            return;
        }
        BookController books = new BookController(db);
        for (int n = 1; n <= SeedData.BOOKS; n++) {
            List<String> tags = new ArrayList<>(SeedData.TAGS_PER_BOOK);
            for (int t = 1; t <= SeedData.TAGS_PER_BOOK; t++) {
                tags.add(SeedData.tagName(n, t));
            }
            books.createBook(new BookCreateSchema(SeedData.title(n), tags));
        }
    }
}
