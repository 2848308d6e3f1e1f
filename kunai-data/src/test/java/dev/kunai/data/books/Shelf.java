package dev.kunai.data.books;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/** A shelf of books with labels of its own: an entity with two to-many relations, one of them nested. */
@Entity
public class Shelf {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @ManyToMany
    Set<Book> books = new LinkedHashSet<>();

    @ManyToMany
    Set<Tag> labels = new LinkedHashSet<>();

    protected Shelf() {}

    public Shelf(String name) {
        this.name = name;
    }

    public Set<Book> books() {
        return books;
    }

    public Set<Tag> labels() {
        return labels;
    }
}
