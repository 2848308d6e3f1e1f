package dev.kunai.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.BookTagSchema;
import dev.kunai.data.books.Tag;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@link Session#insert}: rows written without a persistence context, with every guarantee of a transaction. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsertContract {

    /** An entity with a Bean Validation constraint. */
    @Entity(name = "InsertNote")
    @Table(name = "insert_note")
    public static class Note {
        @Id
        @GeneratedValue
        Long id;

        @NotBlank
        String text;

        protected Note() {}

        Note(String text) {
            this.text = text;
        }
    }

    /** An entity whose {@code @PrePersist} callback sets a column. */
    @Entity(name = "InsertStamped")
    @Table(name = "insert_stamped")
    public static class Stamped {
        @Id
        @GeneratedValue
        Long id;

        String author;

        @PrePersist
        void stamp() {
            author = "kunai";
        }
    }

    protected Db db;

    /** The database under test (tables built from the models, statistics on). */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Book.class, Tag.class, Note.class, Stamped.class)
                .schemas(BookSchema.class)
                .schemaFromModels()
                .statistics(true));
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
        release();
    }

    @BeforeEach
    void clean() {
        db.truncate();
    }

    /** The Books create with insert(): the tags, then the book that lists them. */
    private static BookSchema insertBook(Session s, String title, String... tags) {
        Book book = new Book(title);
        for (String name : tags) {
            book.tags().add(s.insert(new Tag(name)));
        }
        return s.map(s.insert(book), BookSchema.class);
    }

    private int rows(Class<?> entity) {
        return db.read(s -> s.all(entity).size());
    }

    @Test
    void insertsTheRowsAndTheLinksOfOwnedCollections() {
        BookSchema created = db.transaction(s -> insertBook(s, "Dune", "sci-fi", "classic"));

        assertThat(created.id()).isNotNull();
        assertThat(created.tags()).extracting(BookTagSchema::name).containsExactly("sci-fi", "classic");
        assertThat(created.tags()).extracting(BookTagSchema::id).doesNotContainNull();
        List<BookSchema> listed = db.read(s -> s.all(Book.class, BookSchema.class));
        assertThat(listed).containsExactly(created);
    }

    @Test
    void sendsOneBatchPerTableAndManagesNothing() {
        long fewest = Long.MAX_VALUE;
        // Sequence values come 50 at a time: of three creates, at most two fetch more (one per sequence).
        for (int run = 0; run < 3; run++) {
            db.statistics().clear();
            db.transaction(s -> insertBook(s, "Dune", "sci-fi", "classic"));
            fewest = Math.min(fewest, db.statistics().getPrepareStatementCount());
            assertThat(db.statistics().getEntityInsertCount()).isEqualTo(3);
            assertThat(db.statistics().getCollectionRecreateCount()).isEqualTo(1);
            assertThat(db.statistics().getFlushCount()).isZero();
            // the stateless session alone, on the transaction's connection: no persistence context is opened
            assertThat(db.statistics().getSessionOpenCount()).isEqualTo(1);
        }
        // tag ×2, book, book_tag ×2: three statements, each executed as one batch
        assertThat(fewest).isEqualTo(3);
    }

    @Test
    void aFailingLambdaWritesNothing() {
        assertThatThrownBy(() -> db.inTransaction(s -> {
                    insertBook(s, "Never saved", "lost");
                    throw new IllegalStateException("payment failed");
                }))
                .hasMessage("payment failed");

        assertThat(rows(Book.class)).isZero();
        assertThat(rows(Tag.class)).isZero();
    }

    @Test
    void aRowTheDatabaseRefusesAtCommitRollsBackTheRowsSentBeforeIt() {
        assertThatThrownBy(() -> db.inTransaction(s -> {
                    s.insert(new Book("Sent before the bad row"));
                    s.insert(new Tag(null)); // NOT NULL: refused when the batch is sent, at commit
                }))
                .isInstanceOf(org.hibernate.exception.ConstraintViolationException.class);

        assertThat(rows(Book.class)).isZero();
        assertThat(rows(Tag.class)).isZero();
    }

    @Test
    void aManagedChangeRefusedAtCommitRollsBackTheInsertsSentBeforeIt() {
        assertThatThrownBy(() -> db.inTransaction(s -> {
                    insertBook(s, "Sent before the session opened", "sent");
                    s.persist(new Tag(null)); // opens Hibernate's session; NOT NULL refused at its flush, at commit
                }))
                .isInstanceOf(org.hibernate.exception.ConstraintViolationException.class);

        assertThat(rows(Book.class)).isZero();
        assertThat(rows(Tag.class)).isZero();
    }

    @Test
    void validatesBeforeTheDatabase() {
        assertThatThrownBy(() -> db.inTransaction(s -> {
                    s.insert(new Book("Not saved either"));
                    s.insert(new Note(" "));
                }))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(rows(Book.class)).isZero();
        assertThat(rows(Note.class)).isZero();

        Note note = db.transaction(s -> s.insert(new Note("kept")));
        assertThat(note.id).isNotNull();
        assertThat(rows(Note.class)).isEqualTo(1);
    }

    @Test
    void writesWhatPrePersistCallbacksSet() {
        Stamped stamped = db.transaction(s -> {
            Book book = s.insert(new Book("Before"));
            Stamped inserted = s.insert(new Stamped());
            s.insert(new Book("After"));
            assertThat(book.id()).isNotNull();
            return inserted;
        });

        assertThat(stamped.author).isEqualTo("kunai");
        String stored = db.read(s -> s.find(Stamped.class, stamped.id).orElseThrow().author);
        assertThat(stored).isEqualTo("kunai");
        assertThat(rows(Book.class)).isEqualTo(2);
    }

    @Test
    void laterStatementsOfTheSameTransactionSeeTheInsertedRows() {
        db.inTransaction(s -> {
            BookSchema dune = insertBook(s, "Dune", "sci-fi");
            assertThat(s.all(Book.class, BookSchema.class)).containsExactly(dune); // planned SQL
            assertThat(s.find(Book.class, dune.id()).map(Book::title)).contains("Dune"); // Hibernate
            s.find(Book.class, dune.id()).orElseThrow().tags().add(s.insert(new Tag("classic")));
        });

        List<BookSchema> books = db.read(s -> s.all(Book.class, BookSchema.class));
        assertThat(books)
                .singleElement()
                .satisfies(book ->
                        assertThat(book.tags()).extracting(BookTagSchema::name).containsExactly("sci-fi", "classic"));
    }

    @Test
    void aReadRefusesToInsert() {
        assertThatThrownBy(() -> db.read(s -> s.insert(new Book("No"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Db.transaction");
    }
}
