package dev.kunai.data.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A writer: a required name, a unique required email and an optional bio. */
@Entity
public class Author {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    @Column(length = 200, nullable = false, unique = true)
    public String email;

    @Column(length = 500)
    public String bio;

    protected Author() {}
}
