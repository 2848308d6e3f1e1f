package dev.kunai.data.books;

import dev.kunai.data.ModelSchema;
import dev.kunai.schema.Description;
import java.util.List;

/** The tutorial's BookSchema. */
@ModelSchema(Book.class)
public record BookSchema(Long id, @Description("Book title") String title, List<BookTagSchema> tags) {}
