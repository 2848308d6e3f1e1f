package dev.kunai.data.read;

import dev.kunai.data.ModelSchema;
import java.util.List;

/** The ModelSchemas {@link ReadPlanContract} plans: plannable nested shapes and each unplannable one. */
public final class PlanSchemas {

    private PlanSchemas() {}

    /** A track without its album. */
    @ModelSchema(Track.class)
    public record TrackSchema(Long id, String name, int seconds) {}

    /** An album's id and title. */
    @ModelSchema(Album.class)
    public record AlbumTitle(Long id, String title) {}

    /** An album with its tracks: a to-many relation keyed in the target table. */
    @ModelSchema(Album.class)
    public record AlbumSchema(Long id, String title, List<TrackSchema> tracks) {}

    /** A track with its album: a to-one relation. */
    @ModelSchema(Track.class)
    public record TrackAlbumSchema(Long id, String name, AlbumTitle album) {}

    /** An album with its bonus tracks, a one-to-many through a join table. */
    @ModelSchema(Album.class)
    public record AlbumBonusSchema(Long id, List<TrackSchema> bonus) {}

    /** A track with its grade: a to-one relation over a two-column foreign key. */
    @ModelSchema(Track.class)
    public record TrackGradeSchema(Long id, GradeSchema grade) {}

    /** An album whose nested track schema is itself unplannable. */
    @ModelSchema(Album.class)
    public record AlbumGradesSchema(Long id, List<TrackGradeSchema> tracks) {}

    /** A mark with a two-column key. */
    @ModelSchema(Grade.class)
    public record GradeSchema(String student, String course, Integer mark) {}

    /** A code with a Character id. */
    @ModelSchema(Code.class)
    public record CodeSchema(Character letter, String meaning) {}

    /** A dog, stored in two tables. */
    @ModelSchema(Dog.class)
    public record DogSchema(Long id, String name, String breed) {}
}
