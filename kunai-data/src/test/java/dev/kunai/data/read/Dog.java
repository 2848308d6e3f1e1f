package dev.kunai.data.read;

import jakarta.persistence.Entity;

/** An {@link Animal} in a joined-table hierarchy (tables Animal and Dog). */
@Entity
public class Dog extends Animal {
    String breed;

    protected Dog() {}

    Dog(String name, String breed) {
        super(name);
        this.breed = breed;
    }
}
