package dev.kunai.examples.books;

import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The payload that creates a book: a required title and optional tag names. */
public record BookCreateSchema(
        @Description("Book title") @Size(max = 255) String title,
        @Description("List of tag names") @Default("[]") List<@Size(max = 255) String> tags) {}
