package dev.kunai.data.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.Schemas;
import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/data-modelschema.md. */
class ModelSchemaExampleTest {

    @Test
    void schemaDrivenReadsEqualMappedEntities() {
        Database database = Database.of("h2:mem:docs_modelschema")
                .entities(Book.class, Tag.class)
                .schemas(BookSchema.class) // checked against Book at start-up
                .schemaFromModels()
                .statistics(true);
        try (Db db = Db.open(database)) {
            db.inTransaction(s -> {
                Tag sf = s.persist(new Tag("sci-fi"));
                for (int i = 0; i < 100; i++) {
                    s.persist(new Book("Book " + i)).tags().add(sf);
                }
            });
            db.statistics().clear();
            List<BookSchema> books = db.read(s -> s.all(Book.class, BookSchema.class));
            assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(1); // books and their tags, one left join

            var json = db.read(s -> Schemas.toJson(s.all(Book.class), BookSchema.class));
            assertThat(json).hasSize(100);
            assertThat(Schemas.toJson(books, BookSchema.class).isEmpty()).isFalse();
            List<BookSchema> mapped = db.read(s -> Schemas.mapAll(s.all(Book.class), BookSchema.class));
            assertThat(mapped).isEqualTo(books); // same records, more work
        }
    }
}
