package dev.kunai.data.read;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a joined-table hierarchy: a {@link Dog} is stored in two tables. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Animal {
    @Id
    @GeneratedValue
    Long id;

    String name;

    protected Animal() {}

    Animal(String name) {
        this.name = name;
    }
}
