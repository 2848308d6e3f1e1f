package dev.kunai.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashSet;
import java.util.Set;

/** A book in the catalogue: one author, any number of tags, a unique ISBN. */
@Entity
public class Book {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 300, nullable = false)
    public String title;

    @Column(length = 13, nullable = false, unique = true)
    public String isbn;

    /** The year of first publication, when known. */
    public Integer published;

    @ManyToOne(optional = false)
    public Author author;

    @ManyToMany
    public Set<Tag> tags = new LinkedHashSet<>();

    /** For JPA and the model service. */
    protected Book() {}
}
