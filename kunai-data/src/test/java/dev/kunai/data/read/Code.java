package dev.kunai.data.read;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity whose id is a {@code Character}, not one of the planner's simple types. */
@Entity
public class Code {
    @Id
    Character letter;

    String meaning;

    protected Code() {}

    Code(Character letter, String meaning) {
        this.letter = letter;
        this.meaning = meaning;
    }
}
