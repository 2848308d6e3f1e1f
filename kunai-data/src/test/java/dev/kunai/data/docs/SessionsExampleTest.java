package dev.kunai.data.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The example of docs/data-sessions.md. */
class SessionsExampleTest {

    @Test
    void sessionsAndTransactions() {
        try (Db db = Db.open(Database.of("h2:mem:docs_sessions")
                .entities(Book.class, Tag.class)
                .schemaFromModels())) {
            // acreate + aset, in one transaction
            BookSchema created = db.transaction(s -> {
                Book book = s.create(new Book("Dune"));
                book.tags().add(s.create(new Tag("sci-fi")));
                return s.map(book, BookSchema.class);
            });

            // the same, async, on a virtual thread — and it rolls back if the lambda throws
            CompletionStage<BookSchema> later =
                    db.transactionAsync(s -> s.map(s.create(new Book("Emma")), BookSchema.class));
            BookSchema emma = later.toCompletableFuture().join();

            // afirst / async for, as schema-driven reads
            List<BookSchema> books = db.read(s -> s.all(Book.class, BookSchema.class));
            assertThat(books).containsExactly(created, emma);
            var first = db.read(s -> s.first(Book.class, "e.title like ?1", "E%"));
            assertThat(first.map(Book::title)).contains("Emma");

            assertThatThrownBy(() -> db.inTransaction(s -> {
                        s.create(new Book("Never saved"));
                        throw new IllegalStateException("payment failed");
                    }))
                    .hasMessage("payment failed");
            int count = db.read(s -> s.all(Book.class).size());
            assertThat(count).isEqualTo(2);
        }
    }

    @Test
    void insertOnlyUnits() {
        try (Db db = Db.open(Database.of("h2:mem:docs_inserts")
                .entities(Book.class, Tag.class)
                .schemaFromModels())) {
            // a create endpoint's unit of work: new rows only, no persistence context
            BookSchema created = db.transaction(s -> {
                Book book = new Book("Dune");
                book.tags().add(s.insert(new Tag("sci-fi"))); // the tag first: the book's link row refers to it
                return s.map(s.insert(book), BookSchema.class); // the book and its link row
            });

            assertThat(created.id()).isNotNull();
            assertThat(created.tags())
                    .singleElement()
                    .satisfies(tag -> assertThat(tag.id()).isNotNull());
            List<BookSchema> books = db.read(s -> s.all(Book.class, BookSchema.class));
            assertThat(books).containsExactly(created);
        }
    }
}
