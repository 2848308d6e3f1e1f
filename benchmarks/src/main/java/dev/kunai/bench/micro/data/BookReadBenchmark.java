package dev.kunai.bench.micro.data;

import dev.kunai.bench.baseline.BookStore;
import dev.kunai.bench.kunai.BenchSeed;
import dev.kunai.data.Schemas;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.examples.books.Book;
import dev.kunai.examples.books.BookSchema;
import dev.kunai.examples.books.BooksApp;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the 10 seeded books with their tags as {@code BookSchema} records (the Books app's types) in a
 * read-only {@link Db#read} session on H2 in memory: Kunai's schema-driven read vs Hibernate entity loading
 * followed by {@link Schemas#mapAll}, lazily (one query per book's tags) and with a join fetch, and the same
 * list written by hand in JDBC on the same pool (what the load harness's baseline server does): the limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BookReadBenchmark {

    /** The entity query with the tags fetched in the same statement, ordered like the schema-driven read. */
    static final String JOIN_FETCH = "select distinct b from Book b left join fetch b.tags t order by b.id, t.id";

    private Db db;
    private BookStore store;

    /** Opens a fresh in-memory database (the Books app's migrations) and seeds it. */
    @Setup
    public void setUp() {
        db = Db.open(Database.of("h2:mem:jmh-read")
                .packages(BooksApp.class.getPackageName())
                .applyMigrations(true));
        BenchSeed.seed(db);
        store = BookStore.reading(db.dataSource());
    }

    /** Closes the database. */
    @TearDown
    public void tearDown() {
        db.close();
    }

    /** Kunai's schema-driven read: only the schema's columns, one query per relation level. */
    @Benchmark
    public List<BookSchema> schemaDriven() {
        return db.read(s -> s.all(Book.class, BookSchema.class));
    }

    /** Entities loaded with {@code Session.all}, tags loaded lazily per book (N+1), then mapped. */
    @Benchmark
    public List<BookSchema> entitiesLazyThenMap() {
        return db.read(s -> Schemas.mapAll(s.all(Book.class), BookSchema.class));
    }

    /** Entities loaded with a join fetch of the tags (one query), then mapped. */
    @Benchmark
    public List<BookSchema> entitiesJoinFetchThenMap() {
        return db.read(s -> Schemas.mapAll(
                s.hibernate().createSelectionQuery(JOIN_FETCH, Book.class).getResultList(), BookSchema.class));
    }

    /** The limit: the load harness baseline's own list ({@link BookStore}) on the same pool. */
    @Benchmark
    public List<dev.kunai.bench.books.BookSchema> handWrittenJdbc() throws SQLException {
        return store.list();
    }
}
