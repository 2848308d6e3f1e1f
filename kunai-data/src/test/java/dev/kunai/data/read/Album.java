package dev.kunai.data.read;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/**
 * An album: its tracks are a to-many relation keyed in the target table ({@code Track.album_id}); its bonus
 * tracks a unidirectional one-to-many through a join table, which Hibernate maps, and Kunai joins, as a
 * many-to-many.
 */
@Entity
public class Album {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String title;

    @OneToMany(mappedBy = "album")
    List<Track> tracks = new ArrayList<>();

    @OneToMany
    @JoinTable(name = "Album_Bonus")
    List<Track> bonus = new ArrayList<>();

    protected Album() {}

    Album(String title) {
        this.title = title;
    }
}
