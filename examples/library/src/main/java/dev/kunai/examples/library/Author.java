package dev.kunai.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A writer of books. */
@Entity
public class Author {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 200, nullable = false)
    public String name;

    @Column(length = 1000)
    public String bio;

    /** For JPA and the model service. */
    protected Author() {}
}
