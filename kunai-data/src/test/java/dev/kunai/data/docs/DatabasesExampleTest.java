package dev.kunai.data.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import org.junit.jupiter.api.Test;

/** The example of docs/data-databases.md. */
class DatabasesExampleTest {

    @Test
    void severalDatabasesAndAReadReplica() {
        Database primary = Database.of("h2:mem:docs_primary")
                .entities(Book.class, Tag.class)
                .schemaFromModels();
        Database replica = Database.of("h2:mem:docs_replica")
                .name("replica")
                .entities(Book.class, Tag.class)
                .schemaFromModels();
        Database secondary = Database.of("h2:mem:docs_secondary")
                .name("secondary")
                .entities(Book.class, Tag.class)
                .schemaFromModels();
        try (Db db = Db.builder()
                .database(primary)
                .database(replica)
                .database(secondary)
                .readsFrom("replica") // the router: reads → replica, writes → primary
                .build()) {
            db.inTransaction(s -> s.create(new Book("to primary")));
            db.using("secondary").inTransaction(s -> s.create(new Book("to secondary"))); // Django's using=

            int onReplica = db.read(s -> s.all(Book.class).size()); // the replica is empty
            int onPrimary = db.using("default").read(s -> s.all(Book.class).size());
            int onSecondary = db.using("secondary").read(s -> s.all(Book.class).size());
            assertThat(onReplica).isZero();
            assertThat(onPrimary).isEqualTo(1);
            assertThat(onSecondary).isEqualTo(1);
        }
    }
}
