package dev.kunai.data.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A tag, looked up by its unique name. */
@Entity(name = "ModelTag")
public class Tag {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50, nullable = false, unique = true)
    public String name;

    protected Tag() {}
}
