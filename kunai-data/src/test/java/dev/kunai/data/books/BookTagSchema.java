package dev.kunai.data.books;

import dev.kunai.data.ModelSchema;
import dev.kunai.schema.Description;

/** The tutorial's BookTagSchema. */
@ModelSchema(Tag.class)
public record BookTagSchema(
        Long id, @Description("Tag name") String name) {}
