package dev.kunai.data.books;

import dev.kunai.data.ModelSchema;

/** A review with its book and the book's tags: two relation levels. */
@ModelSchema(Review.class)
public record ReviewSchema(Long id, String text, int stars, BookSchema book) {}
