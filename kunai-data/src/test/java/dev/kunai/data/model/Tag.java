package dev.kunai.data.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A tag, looked up by its unique name; versioned, so that a concurrent change is detected. */
@Entity(name = "ModelTag")
public class Tag {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50, nullable = false, unique = true)
    public String name;

    @Version
    public Long version;

    protected Tag() {}
}
