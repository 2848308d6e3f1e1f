package dev.kunai.data.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashSet;
import java.util.Set;

/** A book by one author with any number of tags. */
@Entity(name = "ModelBook")
public class Book {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 200, nullable = false)
    public String title;

    @ManyToOne(optional = false)
    public Author author;

    @ManyToMany
    public Set<Tag> tags = new LinkedHashSet<>();

    protected Book() {}
}
