package dev.kunai.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.support.Postgres;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several databases, {@code using}, the read router, start-up modes and configuration errors. */
class DatabasesTest {

    private static Database h2(String name) {
        return Database.of("h2:mem:" + name).entities(Book.class, Tag.class).schemaFromModels();
    }

    @Test
    void usingPicksANamedDatabase() {
        try (Db db = Db.open(h2("multi_default"), h2("multi_secondary").name("secondary"))) {
            assertThat(db.names()).containsExactlyInAnyOrder("default", "secondary");
            db.using("secondary").inTransaction(s -> s.create(new Book("Only in secondary")));
            var secondary = db.using("secondary").read(s -> s.all(Book.class, BookSchema.class));
            var primary = db.read(s -> s.all(Book.class, BookSchema.class));
            assertThat(secondary).extracting(BookSchema::title).containsExactly("Only in secondary");
            assertThat(primary).isEmpty();
            assertThat(db.using("secondary").name()).isEqualTo("secondary");
            assertThatThrownBy(() -> db.using("tertiary"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No database named 'tertiary' (configured: ");
        }
    }

    @Test
    void usingReachesPostgresBesideH2() {
        String name = Postgres.createDatabase(getClass());
        try (Db db = Db.open(
                h2("mixed_default"),
                Database.of(Postgres.url(name))
                        .name("secondary")
                        .entities(Book.class, Tag.class)
                        .schemaFromModels())) {
            db.using("secondary").transaction(s -> s.create(new Book("In PostgreSQL")));
            var titles = db.using("secondary").read(s -> s.all(Book.class, BookSchema.class));
            assertThat(titles).extracting(BookSchema::title).containsExactly("In PostgreSQL");
            var onH2 = db.read(s -> s.all(Book.class));
            assertThat(onH2).isEmpty();
        } finally {
            Postgres.dropDatabase(name);
        }
    }

    @Test
    void routerSendsReadsToTheReplicaAndWritesToThePrimary() {
        try (Db db = Db.builder()
                .database(h2("routed_primary"))
                .database(h2("routed_replica").name("replica"))
                .readsFrom("replica")
                .build()) {
            db.inTransaction(s -> s.create(new Book("Written to primary")));
            db.using("replica").inTransaction(s -> s.create(new Book("Seen on replica")));
            var read = db.read(s -> s.all(Book.class, BookSchema.class));
            assertThat(read).extracting(BookSchema::title).containsExactly("Seen on replica");
            var written = db.transaction(s -> s.all(Book.class, BookSchema.class));
            assertThat(written).extracting(BookSchema::title).containsExactly("Written to primary");
        }
    }

    @Test
    void reuseKeepsMatchingTablesAndRecreateDropsThem() {
        try (Db db = Db.open(h2("reuse"))) {
            db.inTransaction(s -> s.create(new Book("Survives reuse")));
        }
        try (Db db = Db.open(
                Database.of("h2:mem:reuse").entities(Book.class, Tag.class).reuseSchemaFromModels())) {
            var kept = db.read(s -> s.all(Book.class));
            assertThat(kept).hasSize(1);
        }
        try (Db db = Db.open(h2("reuse"))) {
            var recreated = db.read(s -> s.all(Book.class));
            assertThat(recreated).isEmpty();
        }
    }

    @Test
    void urlsOfEveryFormParse() {
        DatabaseUrl pg = DatabaseUrl.parse("postgres://alice:s%40cret@db.example:6543/books?sslmode=disable");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/books?sslmode=disable");
        assertThat(pg.user()).contains("alice");
        assertThat(pg.password()).contains("s@cret");
        assertThat(pg.kind()).isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
        DatabaseUrl bare = DatabaseUrl.parse("postgresql://127.0.0.1/test");
        assertThat(bare.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(bare.user()).isEmpty();
        assertThat(DatabaseUrl.parse("postgres://postgres@127.0.0.1:5432/test").user())
                .contains("postgres");
        assertThat(DatabaseUrl.parse("h2:file:./data/app").jdbcUrl()).isEqualTo("jdbc:h2:file:./data/app");
        assertThat(DatabaseUrl.parse("h2:mem:name").jdbcUrl()).isEqualTo("jdbc:h2:mem:name;DB_CLOSE_DELAY=-1");
        assertThat(DatabaseUrl.parse("jdbc:h2:mem:x").kind()).isEqualTo(DatabaseUrl.Kind.H2);
        assertThat(DatabaseUrl.masked("postgres://u:hunter2@h/db")).isEqualTo("postgres://u:***@h/db");
    }

    @Test
    void badUrlsGiveOneLineMessages() {
        assertThatThrownBy(() -> Database.of("mysql://u:hunter2@host/db"))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Unsupported database URL 'mysql://u:***@host/db': use postgres://user:pass@host:5432/db,"
                        + " h2:file:./data/app, h2:mem:name or a jdbc: URL");
        assertThatThrownBy(() -> Database.of("postgres://host"))
                .hasMessageStartingWith("Database URL 'postgres://host' names no database (add /dbname)");
        assertThatThrownBy(() -> Database.of("postgres:///db"))
                .hasMessageStartingWith("Database URL 'postgres:///db' names no host");
        assertThatThrownBy(() -> Database.of("")).hasMessageStartingWith("Empty database URL");
        assertThatThrownBy(() -> Database.of("h2:mem:")).hasMessageContaining("names no database");
    }

    @Test
    void unreachableServerGivesOneLineMessageWithoutStackTrace() {
        Database down =
                Database.of("postgres://postgres:secret@127.0.0.1:1/test").entities(Book.class, Tag.class);
        assertThatThrownBy(() -> Db.open(down))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Cannot connect to database 'default' at jdbc:postgresql://127.0.0.1:1/test: ")
                .hasMessageContaining("refused")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty())
                .hasNoCause();
    }

    @Test
    void environmentChoosesTheDatabase() {
        assertThat(Database.fromEnv("default", Map.<String, String>of()::get)
                        .url()
                        .jdbcUrl())
                .isEqualTo("jdbc:h2:file:./data/db");
        Database secondary = Database.fromEnv(
                "secondary", Map.of("DATABASE_URL_SECONDARY", "postgres://postgres@127.0.0.1:5432/test")::get);
        assertThat(secondary.name()).isEqualTo("secondary");
        assertThat(secondary.url().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThatThrownBy(() -> Database.fromEnv("replica", Map.<String, String>of()::get))
                .hasMessage("Database 'replica' is not configured: set DATABASE_URL_REPLICA");
    }

    @Test
    void aProjectCanNameItsOwnEmbeddedDatabase() {
        assertThat(Database.fromEnvOr("h2:file:./data/library", Map.<String, String>of()::get)
                        .url()
                        .jdbcUrl())
                .isEqualTo("jdbc:h2:file:./data/library");
        assertThat(Database.fromEnvOr(
                                "h2:file:./data/library",
                                Map.of("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")::get)
                        .url()
                        .jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }

    @Test
    void packagesAreScannedForEntitiesAndSchemas() {
        Database scanned = Database.of("h2:mem:scan").packages("dev.kunai.data.books");
        assertThat(scanned.entityClasses()).contains(Book.class, Tag.class);
        assertThat(scanned.schemaClasses()).contains(BookSchema.class);
        assertThatThrownBy(() -> Database.of("h2:mem:x").packages("no.such.pkg").entityClasses())
                .hasMessage("Package 'no.such.pkg' to scan for entities is not on the class path");
    }

    @Test
    void aSchemaOfAnUnregisteredEntityStopsStartUp() {
        Database missing = Database.of("h2:mem:unregistered")
                .entities(Book.class, Tag.class)
                .schemas(dev.kunai.data.books.ReviewSchema.class)
                .schemaFromModels();
        assertThatThrownBy(() -> Db.open(missing))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("ModelSchema ReviewSchema is a schema of Review, which is not an entity of database "
                        + "'default' (register it with entities(...) or packages(...))");
    }
}
