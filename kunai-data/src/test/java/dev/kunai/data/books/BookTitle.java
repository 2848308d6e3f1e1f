package dev.kunai.data.books;

import dev.kunai.data.ModelSchema;

/** Only a book's title: the schema-driven read selects one column besides the id. */
@ModelSchema(Book.class)
public record BookTitle(String title) {}
