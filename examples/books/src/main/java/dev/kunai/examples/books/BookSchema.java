package dev.kunai.examples.books;

import dev.kunai.data.ModelSchema;
import dev.kunai.schema.Description;
import java.util.List;

/** A book as the API shows it, tags included. */
@ModelSchema(Book.class)
public record BookSchema(Long id, @Description("Book title") String title, List<BookTagSchema> tags) {}
