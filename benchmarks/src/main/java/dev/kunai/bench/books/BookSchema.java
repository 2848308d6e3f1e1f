package dev.kunai.bench.books;

import java.util.List;

/** A book as the Books API returns it: {@code {"id": 1, "title": "...", "tags": [...]}}. */
public record BookSchema(long id, String title, List<BookTagSchema> tags) {

    /** Keeps an immutable copy of the tags. */
    public BookSchema {
        tags = List.copyOf(tags);
    }
}
