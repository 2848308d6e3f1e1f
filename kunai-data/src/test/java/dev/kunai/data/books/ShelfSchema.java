package dev.kunai.data.books;

import dev.kunai.data.ModelSchema;
import java.util.List;

/** A shelf with its books (each with its tags) and its labels: several relations, two levels deep. */
@ModelSchema(Shelf.class)
public record ShelfSchema(Long id, String name, List<BookSchema> books, List<BookTagSchema> labels) {}
