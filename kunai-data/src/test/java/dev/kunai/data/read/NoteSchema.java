package dev.kunai.data.read;

import dev.kunai.data.ModelSchema;

/** A note as read (through the HQL path). */
@ModelSchema(Note.class)
public record NoteSchema(Long id, String text, Note.Level level) {}
