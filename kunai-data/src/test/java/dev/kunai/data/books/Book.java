package dev.kunai.data.books;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/** The tutorial's Book model. */
@Entity
public class Book {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 255, nullable = false)
    String title;

    @ManyToMany
    Set<Tag> tags = new LinkedHashSet<>();

    protected Book() {}

    public Book(String title) {
        this.title = title;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Set<Tag> tags() {
        return tags;
    }
}
