package dev.kunai.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.books.Book;
import dev.kunai.data.books.BookSchema;
import dev.kunai.data.books.BookTitle;
import dev.kunai.data.books.Review;
import dev.kunai.data.books.ReviewSchema;
import dev.kunai.data.books.Shelf;
import dev.kunai.data.books.ShelfSchema;
import dev.kunai.data.books.Tag;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.db.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statement counts docs/data-modelschema.md promises for every schema-driven read shape: the rows in one
 * statement, then one statement per relation level, the same for 1, 100 and 1,000 rows (or related rows).
 * A reader that loads relations once per owner or once per row (N+1) fails here. Run on each database product
 * by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadStatementsContract {

    private Db db;

    /** The database under test (tables built from the models, statistics on). */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Book.class, Tag.class, Review.class, Shelf.class)
                .schemas(BookSchema.class, BookTitle.class, ReviewSchema.class, ShelfSchema.class)
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

    /** Ids of the rows {@link #fill} created. */
    private record Fixture(List<Long> books, List<Long> reviews) {}

    /**
     * {@code n} tags, books, reviews and shelves. Book 0 carries every tag, book i (i > 0) tag i; review i is of
     * book i; shelf i holds book i and is labelled with tag i. So every owner has its own related rows and a
     * per-owner or per-row load shows up as n more statements.
     */
    private Fixture fill(int n) {
        return db.transaction(s -> {
            List<Tag> tags = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tags.add(s.persist(new Tag("tag " + i)));
            }
            List<Book> books = new ArrayList<>(n);
            List<Review> reviews = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Book book = s.persist(new Book("Book " + i));
                if (i == 0) {
                    book.tags().addAll(tags);
                } else {
                    book.tags().add(tags.get(i));
                }
                reviews.add(s.persist(new Review("review " + i, i % 5, book)));
                Shelf shelf = s.persist(new Shelf("shelf " + i));
                shelf.books().add(book);
                shelf.labels().add(tags.get(i));
                books.add(book);
            }
            s.flush();
            return new Fixture(
                    books.stream().map(Book::id).toList(),
                    reviews.stream().map(r -> idOf(s, r)).toList());
        });
    }

    private static Long idOf(Session s, Object entity) {
        return (Long) s.hibernate().getIdentifier(entity);
    }

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {1, 100, 1000})
    void everyReadShapeTakesOneStatementPerRelationLevelWhateverTheNumberOfRows(int n) {
        db.truncate();
        Fixture fixture = fill(n);
        Long firstBook = fixture.books().getFirst();
        Long lastReview = fixture.reviews().getLast();
        SoftAssertions soft = new SoftAssertions();

        // The planned SQL list: books and their tags in one left-joined statement.
        List<BookSchema> books = counted(soft, "all(Book, BookSchema)", 1, s -> s.all(Book.class, BookSchema.class));
        soft.assertThat(books).hasSize(n);
        soft.assertThat(books.getFirst().tags()).hasSize(n);
        List<BookTitle> titles = counted(soft, "all(Book, BookTitle)", 1, s -> s.all(Book.class, BookTitle.class));
        soft.assertThat(titles).hasSize(n);

        // The HQL reader: the rows, then the tags of all of them at once.
        List<BookSchema> filtered = counted(
                soft,
                "filter(Book, BookSchema)",
                2,
                s -> s.filter(Book.class, BookSchema.class, "e.title like ?1", "Book %"));
        soft.assertThat(filtered).isEqualTo(books);
        BookSchema found = counted(
                soft,
                "find(Book, BookSchema)",
                2,
                s -> s.find(Book.class, firstBook, BookSchema.class).orElseThrow());
        soft.assertThat(found.tags()).hasSize(n);
        BookSchema first = counted(
                soft,
                "first(Book, BookSchema)",
                2,
                s -> s.first(Book.class, BookSchema.class).orElseThrow());
        soft.assertThat(first).isEqualTo(found);

        // A to-one relation whose target has a to-many relation: reviews, their books, the books' tags.
        List<ReviewSchema> reviews =
                counted(soft, "all(Review, ReviewSchema)", 3, s -> s.all(Review.class, ReviewSchema.class));
        soft.assertThat(reviews).hasSize(n);
        soft.assertThat(reviews).extracting(r -> r.book().id()).containsExactlyElementsOf(fixture.books());
        List<ReviewSchema> someReviews = counted(
                soft,
                "filter(Review, ReviewSchema)",
                3,
                s -> s.filter(Review.class, ReviewSchema.class, "e.stars >= ?1", 0));
        soft.assertThat(someReviews).isEqualTo(reviews);
        ReviewSchema review = counted(
                soft,
                "find(Review, ReviewSchema)",
                3,
                s -> s.find(Review.class, lastReview, ReviewSchema.class).orElseThrow());
        soft.assertThat(review).isEqualTo(reviews.getLast());

        // Several relations: shelves, their books, the books' tags, the shelves' labels.
        List<ShelfSchema> shelves =
                counted(soft, "all(Shelf, ShelfSchema)", 4, s -> s.all(Shelf.class, ShelfSchema.class));
        soft.assertThat(shelves).hasSize(n);
        soft.assertThat(shelves).allSatisfy(shelf -> {
            assertThat(shelf.books()).hasSize(1);
            assertThat(shelf.labels()).hasSize(1);
        });
        soft.assertThat(shelves.getFirst().books().getFirst()).isEqualTo(found);
        ShelfSchema firstShelf = counted(
                soft,
                "first(Shelf, ShelfSchema)",
                4,
                s -> s.first(Shelf.class, ShelfSchema.class).orElseThrow());
        soft.assertThat(firstShelf).isEqualTo(shelves.getFirst());
        soft.assertAll();
    }

    /** Runs {@code read} in a read-only session and records a failure unless it prepared {@code expected} statements. */
    private <T> T counted(SoftAssertions soft, String shape, long expected, Function<Session, T> read) {
        db.statistics().clear();
        T result = db.read(read);
        long statements = db.statistics().getPrepareStatementCount();
        soft.assertThat(statements).as("statements for %s", shape).isEqualTo(expected);
        return result;
    }
}
