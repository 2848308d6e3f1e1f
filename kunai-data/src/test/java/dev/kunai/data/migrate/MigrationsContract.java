package dev.kunai.data.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.DatabaseException;
import dev.kunai.data.db.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations → migrate → start, run against each database product by a subclass. */
abstract class MigrationsContract {

    @TempDir
    Path dir;

    /** A fresh, empty database. */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    @AfterEach
    protected void release() {}

    @Test
    void makeMigrationsWritesWhatMigrateApplies() throws Exception {
        Database base = database().migrationLocations("filesystem:" + dir);
        Database tagsOnly = base.entities(Tag.class);
        try (Migrations migrations = Migrations.of(tagsOnly)) {
            assertThat(migrations.show()).isEmpty();
            Path first = migrations.makeMigrations(dir, "initial").orElseThrow();
            assertThat(first.getFileName()).hasToString("V1__initial.sql");
            assertThat(Files.readString(first).toLowerCase(Locale.ROOT)).contains("create table tag");
            assertThat(migrations.pending()).extracting(MigrationState::version).containsExactly("1");
            assertThat(migrations.migrate()).isEqualTo(1);
            assertThat(migrations.changes()).isEmpty();
            assertThat(migrations.makeMigrations(dir, "nothing")).isEmpty();
        }

        Database books = base.entities(Tag.class, Book.class).schemas(BookSchema.class);
        assertThatThrownBy(() -> Db.open(books))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Database 'default' does not match the entities (")
                .hasMessageEndingWith("): run makemigrations, then migrate");
        try (Migrations migrations = Migrations.of(books)) {
            Path second = migrations.makeMigrations(dir, "add books").orElseThrow();
            assertThat(second.getFileName()).hasToString("V2__add_books.sql");
            String ddl = Files.readString(second).toLowerCase(Locale.ROOT);
            assertThat(ddl)
                    .contains("create table book")
                    .contains("create table book_tag")
                    .doesNotContain("create table tag ");
        }
        assertThatThrownBy(() -> Db.open(books))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "Database 'default' has 1 unapplied migration(s): V2 add books. "
                                + "Run the migrate command (or runserver, which applies them unless database.migrate-on-start=false)");

        try (Db db = Db.open(books.applyMigrations(true))) {
            assertThat(db.migrations().show())
                    .extracting(MigrationState::applied)
                    .containsExactly(true, true);
            assertThat(db.migrations().changes()).isEmpty();
            db.inTransaction(s -> s.create(new Book("Migrated")).tags().add(s.create(new Tag("new"))));
            List<BookSchema> listed = db.read(s -> s.all(Book.class, BookSchema.class));
            assertThat(listed).singleElement().satisfies(b -> {
                assertThat(b.title()).isEqualTo("Migrated");
                assertThat(b.tags()).hasSize(1);
            });
        }
    }
}
