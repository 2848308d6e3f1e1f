package dev.kunai.data.books;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The tutorial's Tag model. */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 255, nullable = false)
    String name;

    protected Tag() {}

    public Tag(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }
}
