package dev.kunai.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.data.Schemas;
import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.BookTagSchema;
import dev.kunai.data.books.BookTitle;
import dev.kunai.data.books.Review;
import dev.kunai.data.books.ReviewSchema;
import dev.kunai.data.books.Tag;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sessions, transactions and schema-driven reads, run against each database product by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SessionContract {

    protected Db db;

    /** The database under test (tables built from the models, statistics on). */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Book.class, Tag.class, Review.class)
                .schemas(BookSchema.class, ReviewSchema.class)
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

    /** The tutorial's create_book: create the book, create the tags, link them, map to the schema. */
    private BookSchema createBook(Session s, String title, String... tags) {
        Book book = s.create(new Book(title));
        for (String name : tags) {
            book.tags().add(s.create(new Tag(name)));
        }
        return s.map(book, BookSchema.class);
    }

    @Test
    void transactionCreatesAndReadMapsToSchemas() {
        BookSchema created = db.transaction(s -> createBook(s, "Dune", "sci-fi", "classic"));
        assertThat(created.id()).isNotNull();
        assertThat(created.tags()).extracting(BookTagSchema::name).containsExactly("sci-fi", "classic");

        List<BookSchema> listed = db.read(s -> s.all(Book.class, BookSchema.class));
        assertThat(listed).containsExactly(created);
        List<BookSchema> mapped = db.read(s -> Schemas.mapAll(s.all(Book.class), BookSchema.class));
        assertThat(mapped).isEqualTo(listed);
    }

    @Test
    void firstIsTheEntityWithTheLowestIdOrEmpty() {
        java.util.Optional<Book> none = db.read(s -> s.first(Book.class));
        assertThat(none).isEmpty();
        BookSchema dune = db.transaction(s -> createBook(s, "Dune"));
        db.transaction(s -> createBook(s, "Emma"));

        java.util.Optional<Long> firstId = db.read(s -> s.first(Book.class).map(Book::id));
        assertThat(firstId).contains(dune.id());
        String title = db.transaction(s -> s.first(Book.class).orElseThrow().title());
        assertThat(title).isEqualTo("Dune");
    }

    @Test
    void asyncTransactionAndReadRunOnVirtualThreads() throws Exception {
        BookSchema created = db.transactionAsync(s -> {
                    assertThat(Thread.currentThread().isVirtual()).isTrue();
                    return createBook(s, "Async", "a");
                })
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        List<BookSchema> listed = db.readAsync(s -> s.all(Book.class, BookSchema.class))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        assertThat(listed).containsExactly(created);
        db.inTransactionAsync(s -> s.create(new Tag("loose")))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        var r1 = db.read(s -> s.filter(Tag.class, "e.name = ?1", "loose"));
        assertThat(r1).hasSize(1);
    }

    @Test
    void exceptionRollsTheTransactionBack() {
        assertThatThrownBy(() -> db.inTransaction(s -> {
                    createBook(s, "Doomed", "x");
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
        var r2 = db.read(s -> s.all(Book.class));
        assertThat(r2).isEmpty();
        var r3 = db.read(s -> s.all(Tag.class));
        assertThat(r3).isEmpty();
    }

    @Test
    void exceptionRollsTheAsyncTransactionBack() {
        var stage = db.transactionAsync(s -> {
                    createBook(s, "Doomed async", "y");
                    throw new IllegalArgumentException("async boom");
                })
                .toCompletableFuture();
        assertThatThrownBy(stage::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("async boom");
        var r4 = db.read(s -> s.all(Book.class));
        assertThat(r4).isEmpty();
    }

    @Test
    void findFirstAndFilterBySchemaAndByEntity() {
        BookSchema dune = db.transaction(s -> createBook(s, "Dune", "sf"));
        BookSchema emma = db.transaction(s -> createBook(s, "Emma"));
        var r5 = db.read(s -> s.find(Book.class, dune.id(), BookSchema.class));
        assertThat(r5).contains(dune);
        var r6 = db.read(s -> s.find(Book.class, -1L, BookSchema.class));
        assertThat(r6).isEmpty();
        var r7 = db.read(s -> s.first(Book.class, BookSchema.class));
        assertThat(r7).contains(dune);
        var r8 = db.read(s -> s.filter(Book.class, BookSchema.class, "e.title like ?1", "E%"));
        assertThat(r8).containsExactly(emma);
        assertThat(emma.tags()).isEmpty();
        var r9 = db.read(s -> s.first(Book.class, "e.title = ?1", "Emma").map(Book::id));
        assertThat(r9).contains(emma.id());
        var r10 = db.read(s -> s.find(Book.class, dune.id()).map(Book::title));
        assertThat(r10).contains("Dune");
        var r11 = db.read(s -> s.all(Book.class, BookTitle.class));
        assertThat(r11).containsExactly(new BookTitle("Dune"), new BookTitle("Emma"));
    }

    @Test
    void toOneRelationsAreReadWithTheirNestedRelations() {
        db.inTransaction(s -> {
            Book book = s.create(new Book("Dune"));
            book.tags().add(s.create(new Tag("sf")));
            s.create(new Review("great", 5, book));
            s.create(new Review("long", 3, book));
            s.create(new Review("orphan", 1, null));
        });
        List<ReviewSchema> read = db.read(s -> s.all(Review.class, ReviewSchema.class));
        List<ReviewSchema> mapped = db.read(s -> Schemas.mapAll(s.all(Review.class), ReviewSchema.class));
        assertThat(read).isEqualTo(mapped).hasSize(3);
        assertThat(read.get(0).book().tags()).extracting(BookTagSchema::name).containsExactly("sf");
        assertThat(read.get(2).book()).isNull();
    }

    @Test
    void listingBooksTakesTheSameStatementsForOneAndAThousandBooks() {
        long one = statementsToList(1);
        db.truncate();
        long thousand = statementsToList(1000);
        assertThat(one).isEqualTo(1); // one left-joined statement: books and their tags together
        assertThat(thousand).isEqualTo(one);
    }

    @Test
    void unfilteredListsOfPlainSchemasRunAsPlannedSql() {
        assertThat(dev.kunai.data.read.SchemaReader.of(BookSchema.class).listsWithPlannedSql(db.sessionFactory()))
                .isTrue();
    }

    @Test
    void bulkUpdatesRunInTheTransactionsOwnHibernateTransaction() {
        db.transaction(s -> createBook(s, "Dune", "sf"));
        int updated = db.transaction(s -> s.hibernate()
                .createMutationQuery("update Book set title = 'Dune Messiah'")
                .executeUpdate());
        assertThat(updated).isEqualTo(1);
        assertThatThrownBy(() -> db.inTransaction(s -> {
                    s.hibernate()
                            .createMutationQuery("update Book set title = 'Never'")
                            .executeUpdate();
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");
        List<BookSchema> books = db.read(s -> s.all(Book.class, BookSchema.class));
        assertThat(books).extracting(BookSchema::title).containsExactly("Dune Messiah");
    }

    @Test
    void aPlannedReadOpensNoHibernateSessionAndStillCountsItsStatement() {
        db.transaction(s -> createBook(s, "Dune", "sf"));
        db.statistics().clear();
        List<BookSchema> listed = db.read(s -> s.all(Book.class, BookSchema.class));
        assertThat(listed).extracting(BookSchema::title).containsExactly("Dune");
        assertThat(db.statistics().getSessionOpenCount()).isZero();
        assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(1);
        assertThat(db.statistics().getCloseStatementCount()).isEqualTo(1);
    }

    @Test
    void aReadOpensHibernatesSessionOnlyWhenAskedAndOnItsOwnConnection() {
        BookSchema dune = db.transaction(s -> createBook(s, "Dune", "sf"));
        db.statistics().clear();
        String title = db.read(s -> {
            List<BookSchema> planned = s.all(Book.class, BookSchema.class);
            Book entity = s.find(Book.class, dune.id()).orElseThrow();
            assertThat(s.hibernate().isDefaultReadOnly()).isTrue();
            return planned.getFirst().title() + "/" + entity.title();
        });
        assertThat(title).isEqualTo("Dune/Dune");
        assertThat(db.statistics().getSessionOpenCount()).isEqualTo(1);
        assertThat(db.statistics().getSessionCloseCount()).isEqualTo(1);
        assertThat(db.statistics().getConnectCount()).isZero(); // the session used the read's pooled connection
    }

    @Test
    void entityLookupsByConditionWorkInAReadBeforeAnySessionIsOpen() {
        db.transaction(s -> createBook(s, "Dune", "sf"));
        String title = db.read(s -> s.first(
                        Book.class,
                        new dev.kunai.data.read.Condition.Match(
                                "title", dev.kunai.data.read.Lookup.EXACT, List.of("Dune")))
                .orElseThrow()
                .title());
        assertThat(title).isEqualTo("Dune");
    }

    @Test
    void failedReadsGiveTheirConnectionBack() {
        db.transaction(s -> createBook(s, "Dune"));
        for (int i = 0; i < 50; i++) { // more than the pool holds: a leaked connection would block here
            assertThatThrownBy(() -> db.read(s -> {
                        s.all(Book.class, BookSchema.class);
                        throw new IllegalStateException("handler failed");
                    }))
                    .hasMessage("handler failed");
        }
        List<BookSchema> after = db.read(s -> s.all(Book.class, BookSchema.class));
        assertThat(after).hasSize(1);
    }

    private long statementsToList(int books) {
        db.inTransaction(s -> {
            Tag red = s.persist(new Tag("red"));
            Tag blue = s.persist(new Tag("blue"));
            for (int i = 0; i < books; i++) {
                Book book = s.persist(new Book("Book " + i));
                book.tags().add(red);
                book.tags().add(blue);
            }
        });
        db.statistics().clear();
        List<BookSchema> listed = db.read(s -> s.all(Book.class, BookSchema.class));
        long statements = db.statistics().getPrepareStatementCount();
        assertThat(listed).hasSize(books).allSatisfy(b -> assertThat(b.tags()).hasSize(2));
        assertThat(listed).isSortedAccordingTo(java.util.Comparator.comparing(BookSchema::id));
        return statements;
    }

    @Test
    void readsDoNotFlushChanges() {
        BookSchema dune = db.transaction(s -> createBook(s, "Dune"));
        db.read(s -> {
            s.find(Book.class, dune.id()).orElseThrow().tags().add(new Tag("never saved"));
            return null;
        });
        var r12 = db.read(s -> s.all(Tag.class));
        assertThat(r12).isEmpty();
    }
}
