package dev.kunai.data.read;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An entity with an enum column: its schema is read through HQL (the planner takes simple column types only). */
@Entity
public class Note {
    /** How urgent a note is. */
    public enum Level {
        LOW,
        HIGH
    }

    @Id
    @GeneratedValue
    Long id;

    String text;

    @Enumerated(EnumType.STRING)
    Level level;

    protected Note() {}

    Note(String text, Level level) {
        this.text = text;
        this.level = level;
    }
}
