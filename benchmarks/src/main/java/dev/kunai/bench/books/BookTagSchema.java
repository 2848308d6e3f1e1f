package dev.kunai.bench.books;

/** A tag as the Books API returns it: {@code {"id": 1, "name": "..."}}. */
public record BookTagSchema(long id, String name) {}
