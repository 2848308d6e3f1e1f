package dev.kunai.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.read.PlanSchemas.AlbumBonusSchema;
import dev.kunai.data.read.PlanSchemas.AlbumGradesSchema;
import dev.kunai.data.read.PlanSchemas.AlbumSchema;
import dev.kunai.data.read.PlanSchemas.AlbumTitle;
import dev.kunai.data.read.PlanSchemas.CodeSchema;
import dev.kunai.data.read.PlanSchemas.DogSchema;
import dev.kunai.data.read.PlanSchemas.GradeSchema;
import dev.kunai.data.read.PlanSchemas.TrackAlbumSchema;
import dev.kunai.data.read.PlanSchemas.TrackGradeSchema;
import dev.kunai.data.read.PlanSchemas.TrackSchema;
import dev.kunai.data.schema.SchemaModel;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDBC read plan on each database product: which shapes are planned (to-one, to-many keyed in the target,
 * many-to-many) and, for each shape that is not, the reason it gives and that the HQL reader still reads it;
 * the exact SQL of pages (keyset, offset, count, filters across relations) in the product's dialect, run on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadPlanContract {

    private Db db;
    private MappingMetamodel metamodel;
    private long blue;
    private long red;

    /** The database under test (tables built from the models). */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    /** The SQL dialect Kunai picks for this product. */
    protected abstract ConditionWriter.Dialect dialect();

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Album.class, Track.class, Grade.class, Code.class, Animal.class, Dog.class, Note.class)
                .schemaFromModels());
        metamodel = db.sessionFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        db.inTransaction(s -> {
            Album first = s.persist(new Album("Blue"));
            Album second = s.persist(new Album("Red"));
            s.persist(new Album("Empty"));
            Grade math = s.persist(new Grade("ann", "math", 5));
            s.persist(new Grade("ann", "art", 4));
            Track intro = s.persist(new Track("Intro", 60, first));
            s.persist(new Track("Outro", 200, first)).grade = math;
            Track untitled = s.persist(new Track(null, 90, second));
            first.bonus.add(untitled);
            second.bonus.add(intro);
            s.persist(new Code('A', "alpha"));
            s.persist(new Dog("Rex", "collie"));
            s.persist(new Note("n", Note.Level.HIGH));
        });
        blue = db.read(s -> s.all(Album.class, AlbumTitle.class)).getFirst().id();
        red = blue + 1;
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
        release();
    }

    private ReadPlan plan(Class<?> schema) {
        return ReadPlan.build(metamodel, SchemaModel.of(schema));
    }

    static Stream<Arguments> unplannable() {
        return Stream.of(
                Arguments.of(TrackGradeSchema.class, "TrackGradeSchema.grade is not a relation Kunai can join in SQL"),
                Arguments.of(AlbumGradesSchema.class, "TrackGradeSchema.grade is not a relation Kunai can join in SQL"),
                Arguments.of(GradeSchema.class, "entity Grade is not one table with a single-column id"),
                Arguments.of(DogSchema.class, "entity Dog is not one table with a single-column id"),
                Arguments.of(CodeSchema.class, "the id of Code is not of a simple type"),
                Arguments.of(NoteSchema.class, "NoteSchema.level is not a single column of a simple type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unplannable")
    void eachUnplannableShapeGivesItsReason(Class<?> schema, String reason) {
        assertThatThrownBy(() -> plan(schema))
                .isInstanceOf(ReadPlan.Unplannable.class)
                .hasMessage(reason);
        assertThat(JdbcReader.plan(db.sessionFactory(), SchemaModel.of(schema))).isEmpty();
    }

    @Test
    void unplannableShapesAreReadThroughHql() {
        List<AlbumGradesSchema> albums = db.read(s -> s.all(Album.class, AlbumGradesSchema.class));
        assertThat(albums)
                .extracting(a -> a.tracks().stream()
                        .map(t -> t.grade() == null ? "-" : t.grade().course())
                        .toList())
                .containsExactly(List.of("-", "math"), List.of("-"), List.of());
        List<GradeSchema> grades = db.read(s -> s.all(Grade.class, GradeSchema.class));
        assertThat(grades)
                .extracting(GradeSchema::course, GradeSchema::mark)
                .containsExactlyInAnyOrder(tuple("math", 5), tuple("art", 4));
        List<CodeSchema> codes = db.read(s -> s.all(Code.class, CodeSchema.class));
        assertThat(codes).containsExactly(new CodeSchema('A', "alpha"));
        List<DogSchema> dogs = db.read(s -> s.all(Dog.class, DogSchema.class));
        assertThat(dogs).extracting(DogSchema::name, DogSchema::breed).containsExactly(tuple("Rex", "collie"));
        List<NoteSchema> notes = db.read(s -> s.all(Note.class, NoteSchema.class));
        assertThat(notes).extracting(NoteSchema::level).containsExactly(Note.Level.HIGH);
    }

    @Test
    void aToManyKeyedInTheTargetLoadsByOwnerIdsOrInOneJoin() {
        ReadPlan albums = plan(AlbumSchema.class);
        ReadPlan.Nested tracks = albums.nested.getFirst();
        assertThat(tracks.link().kind()).isEqualTo(ReadPlan.LinkKind.ONE_TO_MANY);
        assertThat(tracks.link().ownerColumn()).isEqualTo("album_id");
        assertThat(tracks.fkColumn()).isEqualTo(-1);
        assertThat(albums.links).containsOnlyKeys("tracks", "bonus");
        assertThat(SqlRenderer.relation(tracks, 2))
                .isEqualTo("select c.album_id, c.id, c.name, c.seconds from Track c where c.album_id in (?, ?)"
                        + " order by c.album_id, c.id");
        assertThat(SqlRenderer.relation(tracks, -1))
                .isEqualTo("select c.album_id, c.id, c.name, c.seconds from Track c where c.album_id is not null"
                        + " order by c.album_id, c.id");
        assertThat(SqlRenderer.joined(albums))
                .isEqualTo("select r.id, r.title, c.id, c.name, c.seconds from Album r"
                        + " left join Track c on c.album_id = r.id order by r.id, c.id");
        List<AlbumSchema> all = db.read(s -> s.all(Album.class, AlbumSchema.class));
        assertThat(all).extracting(AlbumSchema::title).containsExactly("Blue", "Red", "Empty");
        assertThat(all)
                .extracting(a -> a.tracks().stream().map(TrackSchema::seconds).toList())
                .containsExactly(List.of(60, 200), List.of(90), List.of());
        Slice<AlbumSchema> page = db.read(s -> s.list(
                Album.class,
                AlbumSchema.class,
                ReadSpec.builder().offset(1).limit(1).build()));
        assertThat(page.items()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Red");
            assertThat(a.tracks()).extracting(TrackSchema::name).containsExactly((String) null);
        });
        assertThat(page.more()).isTrue();
    }

    @Test
    void aOneToManyThroughAJoinTableIsPlannedAsManyToMany() {
        ReadPlan.Link bonus = plan(AlbumBonusSchema.class).nested.getFirst().link();
        assertThat(bonus.kind()).isEqualTo(ReadPlan.LinkKind.MANY_TO_MANY);
        assertThat(List.of(bonus.joinTable(), bonus.ownerColumn(), bonus.elementColumn()))
                .containsExactly("Album_Bonus", "Album_id", "bonus_id");
        List<AlbumBonusSchema> albums = db.read(s -> s.all(Album.class, AlbumBonusSchema.class));
        assertThat(albums)
                .extracting(a -> a.bonus().stream().map(TrackSchema::seconds).toList())
                .containsExactly(List.of(90), List.of(60), List.of());
        Slice<AlbumBonusSchema> page = db.read(s -> s.list(
                Album.class,
                AlbumBonusSchema.class,
                ReadSpec.builder()
                        .where(Condition.of("bonus.seconds", Lookup.LT, 70))
                        .build()));
        assertThat(page.items()).extracting(AlbumBonusSchema::id).containsExactly(red);
    }

    @Test
    void aToOneRelationSelectsItsForeignKeyAndLoadsTargetsById() {
        ReadPlan tracks = plan(TrackAlbumSchema.class);
        ReadPlan.Nested album = tracks.nested.getFirst();
        assertThat(album.link().kind()).isEqualTo(ReadPlan.LinkKind.TO_ONE);
        assertThat(tracks.select).extracting(ReadPlan.Column::name).containsExactly("id", "name", "album_id");
        assertThat(album.fkColumn()).isEqualTo(2);
        assertThat(tracks.selectTypes()).containsExactly(Long.class, String.class, Long.class);
        assertThat(SqlRenderer.relation(album, 3))
                .isEqualTo("select c.id, c.id, c.title from Album c where c.id in (?, ?, ?)");
        List<TrackAlbumSchema> all = db.read(s -> s.all(Track.class, TrackAlbumSchema.class));
        assertThat(all).extracting(t -> t.album().title()).containsExactly("Blue", "Blue", "Red");
        Slice<TrackAlbumSchema> filtered = db.read(s -> s.list(
                Track.class,
                TrackAlbumSchema.class,
                ReadSpec.builder()
                        .where(Condition.of("album.title", Lookup.EXACT, "Red"))
                        .build()));
        assertThat(filtered.items()).extracting(TrackAlbumSchema::name).containsExactly((String) null);
    }

    @Test
    void aKeysetPageWithAFilterAndItsCountInThisDialect() {
        ReadPlan albums = plan(AlbumTitle.class);
        ReadSpec spec = ReadSpec.builder()
                .where(Condition.of("tracks.seconds", Lookup.GTE, 60))
                .orderBy(List.of(Order.asc("title")))
                .limit(1)
                .after(List.of("Blue", blue))
                .count(true)
                .build();
        SqlRenderer.Rendered page = SqlRenderer.page(albums, spec, dialect());
        assertThat(page.sql())
                .isEqualTo("select r.id, r.title, r.title from Album r where exists (select 1 from Track f1t"
                        + " where f1t.album_id = r.id and f1t.seconds >= ?) and ((r.title > ?) or (r.title = ? and"
                        + " r.id > ?)) order by r.title, r.id limit ?");
        assertThat(page.params()).containsExactly(60, "Blue", "Blue", blue, 2L);
        SqlRenderer.Rendered count = SqlRenderer.count(albums, spec, dialect());
        assertThat(count.sql())
                .isEqualTo("select count(*) from Album r where exists (select 1 from Track f1t"
                        + " where f1t.album_id = r.id and f1t.seconds >= ?)");
        assertThat(count.params()).containsExactly(60);
        Slice<AlbumTitle> read = db.read(s -> s.list(Album.class, AlbumTitle.class, spec));
        assertThat(read.items()).containsExactly(new AlbumTitle(red, "Red"));
        assertThat(read.count()).hasValue(2);
        assertThat(read.more()).isFalse();
    }

    @Test
    void anOffsetWithoutALimitAndAnUnfilteredCountInThisDialect() {
        ReadPlan albums = plan(AlbumTitle.class);
        ReadSpec spec = ReadSpec.builder()
                .orderBy(List.of(Order.desc("title")))
                .offset(1)
                .count(true)
                .build();
        SqlRenderer.Rendered page = SqlRenderer.page(albums, spec, dialect());
        assertThat(page.sql())
                .isEqualTo("select r.id, r.title, r.title from Album r order by r.title desc, r.id offset ?");
        assertThat(page.params()).containsExactly(1L);
        SqlRenderer.Rendered count = SqlRenderer.count(albums, spec, dialect());
        assertThat(count.sql()).isEqualTo("select count(*) from Album r");
        assertThat(count.params()).isEmpty();
        Slice<AlbumTitle> read = db.read(s -> s.list(Album.class, AlbumTitle.class, spec));
        assertThat(read.items()).extracting(AlbumTitle::title).containsExactly("Empty", "Blue");
        assertThat(read.count()).hasValue(3);
        SqlRenderer.Rendered unlimited = SqlRenderer.page(albums, ReadSpec.all(), dialect());
        assertThat(unlimited.sql()).isEqualTo("select r.id, r.title from Album r order by r.id");
        assertThat(unlimited.params()).isEmpty();
    }

    @Test
    void aBackwardKeysetAcrossAToOneRelationInThisDialect() {
        ReadPlan tracks = plan(TrackSchema.class);
        ReadSpec spec = ReadSpec.builder()
                .where(Condition.of("album.title", Lookup.IEXACT, "BLUE"))
                .orderBy(List.of(Order.desc("seconds")))
                .limit(5)
                .before(List.of(60, 0L))
                .build();
        SqlRenderer.Rendered page = SqlRenderer.page(tracks, spec, dialect());
        assertThat(page.sql())
                .startsWith("select r.id, r.name, r.seconds, r.seconds from Track r where exists"
                        + " (select 1 from Album f1t where f1t.id = r.album_id and ");
        assertThat(page.sql())
                .endsWith(") and ((r.seconds > ?) or (r.seconds = ? and r.id < ?))"
                        + " order by r.seconds, r.id desc limit ?");
        Slice<TrackSchema> read = db.read(s -> s.list(Track.class, TrackSchema.class, spec));
        assertThat(read.items()).extracting(TrackSchema::name).containsExactly("Outro");
    }

    @Test
    void anOrAcrossEachKindOfRelationIsAUnionOfIdSetsInThisDialect() {
        boolean array = dialect() == ConditionWriter.Dialect.POSTGRESQL;
        String open = array ? "r.id = any(array(" : "r.id in (";
        String close = array ? "))" : ")";
        ReadPlan albums = plan(AlbumTitle.class);
        ReadSpec keyed = ReadSpec.builder()
                .where(Condition.or(List.of(
                        Condition.of("title", Lookup.EXACT, "Empty"), Condition.of("tracks.seconds", Lookup.GTE, 200))))
                .count(true)
                .build();
        assertThat(SqlRenderer.count(albums, keyed, dialect()).sql())
                .isEqualTo(
                        "select count(*) from Album r where " + open + "select f1.id from Album f1 where f1.title = ?"
                                + " union select f2t.album_id from Track f2t where f2t.seconds >= ?" + close);
        Slice<AlbumTitle> read = db.read(s -> s.list(Album.class, AlbumTitle.class, keyed));
        assertThat(read.items()).extracting(AlbumTitle::title).containsExactly("Blue", "Empty");
        assertThat(read.count()).hasValue(2);
        // two relations, both matching Red (a bonus track of 60 s, a track without a name): one row
        ReadSpec twice = ReadSpec.builder()
                .where(Condition.or(List.of(
                        Condition.of("bonus.seconds", Lookup.LT, 70),
                        Condition.of("tracks.name", Lookup.ISNULL, true),
                        Condition.of("title", Lookup.EXACT, "Nope"))))
                .count(true)
                .build();
        assertThat(SqlRenderer.count(albums, twice, dialect()).sql())
                .isEqualTo("select count(*) from Album r where " + open + "select f1.Album_id from Album_Bonus f1"
                        + " join Track f1t on f1t.id = f1.bonus_id where f1t.seconds < ? union select f2t.album_id"
                        + " from Track f2t where f2t.name is null union select f3.id from Album f3 where f3.title = ?"
                        + close);
        Slice<AlbumTitle> once = db.read(s -> s.list(Album.class, AlbumTitle.class, twice));
        assertThat(once.items()).containsExactly(new AlbumTitle(red, "Red"));
        assertThat(once.count()).hasValue(1);
        ReadSpec ofAlbum = ReadSpec.builder()
                .where(Condition.or(List.of(
                        Condition.of("name", Lookup.EXACT, "Intro"), Condition.of("album.title", Lookup.EXACT, "Red"))))
                .orderBy(List.of(Order.desc("seconds")))
                .build();
        assertThat(SqlRenderer.page(plan(TrackSchema.class), ofAlbum, dialect()).sql())
                .isEqualTo("select r.id, r.name, r.seconds, r.seconds from Track r where " + open + "select f1.id"
                        + " from Track f1 where f1.name = ? union select f2.id from Track f2 join Album f2t"
                        + " on f2t.id = f2.album_id where f2t.title = ?" + close + " order by r.seconds desc, r.id");
        List<TrackSchema> tracks =
                db.read(s -> s.list(Track.class, TrackSchema.class, ofAlbum)).items();
        assertThat(tracks).extracting(TrackSchema::seconds).containsExactly(90, 60);
    }

    @Test
    void whatCannotBeRenderedSaysWhy() {
        ReadPlan albums = plan(AlbumTitle.class);
        assertThatThrownBy(() -> SqlRenderer.page(
                        albums,
                        ReadSpec.builder().orderBy(List.of(Order.asc("year"))).build(),
                        dialect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Album has no column attribute 'year' to order by");
        assertThatThrownBy(() -> SqlRenderer.count(
                        albums,
                        ReadSpec.builder()
                                .where(Condition.of("nope.name", Lookup.EXACT, "x"))
                                .build(),
                        dialect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Album has no relation 'nope' a filter can cross");
        assertThatThrownBy(() -> SqlRenderer.count(
                        albums,
                        ReadSpec.builder()
                                .where(Condition.of("year", Lookup.EXACT, 1999))
                                .build(),
                        dialect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table Album has no column attribute 'year' to filter on");
        assertThatThrownBy(() -> SqlRenderer.count(
                        albums,
                        ReadSpec.builder()
                                .where(Condition.of("tracks.length", Lookup.EXACT, 1))
                                .build(),
                        dialect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table Track has no column attribute 'length' to filter on");
        ReadPlan tracks = plan(TrackSchema.class);
        assertThat(tracks.links).containsOnlyKeys("album");
        assertThatThrownBy(() -> SqlRenderer.count(
                        tracks,
                        ReadSpec.builder()
                                .where(Condition.of("grade.mark", Lookup.EXACT, 5))
                                .build(),
                        dialect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Track has no relation 'grade' a filter can cross");
        assertThatThrownBy(() -> SqlRenderer.page(
                        tracks,
                        ReadSpec.builder()
                                .orderBy(List.of(Order.asc("name")))
                                .after(List.of("Intro", 1L))
                                .build(),
                        dialect()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cursor pagination needs non-null order keys; 'name' may be null");
    }
}
