package dev.kunai.bench.books;

import java.util.List;

/**
 * A page of books as {@code GET /api/books/page} answers it (Kunai's limit/offset envelope):
 * {@code {"items": [...], "count": N}}, {@code count} being every book the filter matches.
 */
public record BookPage(List<BookSchema> items, long count) {

    /** Keeps an immutable copy of the items. */
    public BookPage {
        items = List.copyOf(items);
    }
}
