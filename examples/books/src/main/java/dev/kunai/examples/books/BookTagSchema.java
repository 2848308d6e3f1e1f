package dev.kunai.examples.books;

import dev.kunai.data.ModelSchema;
import dev.kunai.schema.Description;

/** A tag as the API shows it. */
@ModelSchema(Tag.class)
public record BookTagSchema(
        Long id, @Description("Tag name") String name) {}
