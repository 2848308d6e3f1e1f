package dev.kunai.data.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.migrate.MigrationState;
import dev.kunai.data.migrate.Migrations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/data-models-migrations.md. */
class MigrationsExampleTest {

    @Test
    void makemigrationsThenMigrate(@TempDir Path migrationsDir) {
        Database database = Database.of("h2:mem:docs_migrations")
                .entities(Book.class, Tag.class)
                .migrationLocations("filesystem:" + migrationsDir);

        try (Migrations migrations = Migrations.of(database)) {
            Path file = migrations.makeMigrations(migrationsDir, "initial").orElseThrow(); // makemigrations
            assertThat(file.getFileName()).hasToString("V1__initial.sql");
            assertThat(migrations.show()).extracting(MigrationState::applied).containsExactly(false); // showmigrations
            assertThat(migrations.migrate()).isEqualTo(1); // migrate
        }

        try (Db db = Db.open(database)) { // starts: migrations applied, tables match the entities
            db.inTransaction(s -> s.create(new Book("Migrated")));
            assertThat(db.read(s -> s.all(Book.class)).size()).isEqualTo(1);
        }
    }
}
