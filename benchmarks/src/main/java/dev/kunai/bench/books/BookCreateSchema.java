package dev.kunai.bench.books;

import java.util.List;

/**
 * The body of {@code POST /api/books/}: {@code {"title": "...", "tags": ["..."]}}. Fields are left as
 * Jackson read them (a missing title is {@code null}); {@link dev.kunai.bench.baseline.CreateValidation}
 * checks them.
 */
public record BookCreateSchema(String title, List<String> tags) {}
