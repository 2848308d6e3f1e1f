package dev.kunai.data.read;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A track of an {@link Album} (a to-one relation); its name may be null. Its grade is a to-one relation to an entity
 * with a two-column key, which the SQL planner cannot join.
 */
@Entity
public class Track {
    @Id
    @GeneratedValue
    Long id;

    String name;

    int seconds;

    @ManyToOne
    Album album;

    @ManyToOne
    Grade grade;

    protected Track() {}

    Track(String name, int seconds, Album album) {
        this.name = name;
        this.seconds = seconds;
        this.album = album;
    }
}
