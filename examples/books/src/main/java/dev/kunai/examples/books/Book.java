package dev.kunai.examples.books;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/** A book with its tags (the tutorial's {@code Book} model). */
@Entity
public class Book {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 255, nullable = false)
    public String title;

    @ManyToMany
    public Set<Tag> tags = new LinkedHashSet<>();

    protected Book() {}

    /** A new, unsaved book. */
    public Book(String title) {
        this.title = title;
    }
}
