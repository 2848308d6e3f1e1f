package dev.kunai.data.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.db.Database;
import dev.kunai.data.db.DatabaseException;
import dev.kunai.data.db.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database bootstraps Hibernate while the migrations run: what reads the tables (sequence generators,
 * schema validation) must still see the migrated database, and failures keep their order and wording.
 */
class StartOrderTest {

    private static final String TABLE = "create table ticket (id bigint primary key, title varchar(255));\n";

    @TempDir
    Path dir;

    private Database ticketsMigratedBy(String migration) throws Exception {
        Files.writeString(dir.resolve("V1__tickets.sql"), migration);
        return Database.of("h2:mem:start-order-" + System.nanoTime())
                .entities(Ticket.class)
                .migrationLocations("filesystem:" + dir)
                .applyMigrations(true);
    }

    @Test
    void sequenceGeneratorsReadTheSequenceTheMigrationCreated() throws Exception {
        // Hibernate compares the mapping's allocation size with the database sequence's increment: it can only
        // refuse the mismatch if it looked at the sequences after the migration created this one.
        Database tickets = ticketsMigratedBy("create sequence ticket_seq start with 1 increment by 1;\n" + TABLE);

        assertThatThrownBy(() -> Db.open(tickets))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Hibernate could not start for database 'default': ")
                .hasMessageContaining("ticket_seq")
                .hasMessageContaining("[50]")
                .hasMessageContaining("[1]");
    }

    @Test
    void aMatchingSequenceServesIdsAfterTheMigration() throws Exception {
        Database tickets = ticketsMigratedBy("create sequence ticket_seq start with 1 increment by 50;\n" + TABLE);

        try (Db db = Db.open(tickets)) {
            Long first = db.transaction(s -> s.create(new Ticket("first")).id());
            Long second = db.transaction(s -> s.create(new Ticket("second")).id());
            assertThat(second).isEqualTo(first + 1);
        }
    }

    @Test
    void aFailedMigrationIsReportedBeforeHibernate() throws Exception {
        // Both fail: the migration's SQL and Hibernate's dialect. The migration is what the user must fix first.
        Database broken = ticketsMigratedBy("create tabel ticket (id bigint);\n")
                .property("hibernate.dialect", "com.example.NoSuchDialect");

        assertThatThrownBy(() -> Db.open(broken))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Migrations of database 'default' failed: ");
    }

    @Test
    void aHibernateBootstrapFailureAfterGoodMigrationsIsOneLine() throws Exception {
        Database badDialect = ticketsMigratedBy("create sequence ticket_seq start with 1 increment by 50;\n" + TABLE)
                .property("hibernate.dialect", "com.example.NoSuchDialect");

        assertThatThrownBy(() -> Db.open(badDialect))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Hibernate could not start for database 'default': ")
                .hasMessageContaining("com.example.NoSuchDialect")
                .hasMessageNotContaining("\n");
    }
}
