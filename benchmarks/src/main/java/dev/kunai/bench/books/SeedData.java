package dev.kunai.bench.books;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark data set, shared by every target so their responses are byte-comparable: 10 books titled
 * {@code "Book 1"}..{@code "Book 10"}, book {@code n} tagged {@code "tag n-1"} and {@code "tag n-2"}, inserted
 * in that order into empty tables (so book {@code n} has id {@code n} and its tags ids {@code 2n-1}, {@code 2n}).
 */
public final class SeedData {

    /** Number of seeded books. */
    public static final int BOOKS = 10;
    /** Number of tags per seeded book. */
    public static final int TAGS_PER_BOOK = 2;

    private SeedData() {}

    /** Title of seeded book {@code n} (1-based). */
    public static String title(int n) {
        return "Book " + n;
    }

    /** Name of tag {@code t} (1-based) of seeded book {@code n} (1-based). */
    public static String tagName(int n, int t) {
        return "tag " + n + "-" + t;
    }

    /** The seeded books exactly as {@code GET /api/books/} returns them on a fresh database. */
    public static List<BookSchema> books() {
        List<BookSchema> books = new ArrayList<>(BOOKS);
        for (int n = 1; n <= BOOKS; n++) {
            List<BookTagSchema> tags = new ArrayList<>(TAGS_PER_BOOK);
            for (int t = 1; t <= TAGS_PER_BOOK; t++) {
                tags.add(new BookTagSchema((long) (n - 1) * TAGS_PER_BOOK + t, tagName(n, t)));
            }
            books.add(new BookSchema(n, title(n), tags));
        }
        return List.copyOf(books);
    }
}
