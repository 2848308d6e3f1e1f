package dev.kunai.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A subject books are filed under, looked up by its unique name ({@code /api/tags/fantasy}). */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50, nullable = false, unique = true)
    public String name;

    /** For JPA and the model service. */
    protected Tag() {}
}
