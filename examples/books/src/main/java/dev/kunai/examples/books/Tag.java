package dev.kunai.examples.books;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A tag a book can carry (the tutorial's {@code Tag} model). */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 255, nullable = false)
    public String name;

    protected Tag() {}

    /** A new, unsaved tag. */
    public Tag(String name) {
        this.name = name;
    }
}
