package dev.kunai.bench.micro.data;

import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.filter.Searching;
import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.data.read.Order;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.data.read.Slice;
import dev.kunai.examples.books.Book;
import dev.kunai.examples.books.BookSchema;
import dev.kunai.examples.books.BooksApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages of the Books table on PostgreSQL (127.0.0.1:5432, a database of its own, dropped afterwards) at
 * 10,000 and 100,000 books with two tags each (1,000,000 with {@code -p rows=1000000}; not in CI): the first
 * page, a deep offset page, a filtered and searched page, a deep cursor page, a rare-term search of the title
 * and of the title or the tags (trigram indexes), and the counts alone. Pages hold
 * 20 books read as {@code BookSchema} (two statements: books, their tags); counting is measured separately.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BookPageBenchmark {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final int PAGE = 20;
    private static final Searching SEARCH = Searching.fields("title", "tags.name");
    private static final Searching TITLE_SEARCH = Searching.fields("title");

    /** How many books the table holds. */
    @Param({"10000", "100000"})
    public int rows;

    private String name;
    private Db db;

    /**
     * Creates the database, opens it with the Books app's migrations applied (V2 adds the trigram search
     * indexes and the tag index), then seeds it (set-based inserts) and analyzes it.
     */
    @Setup
    public void setUp() throws SQLException {
        name = "kunai_bench_pages_" + UUID.randomUUID().toString().substring(0, 8);
        admin("create database " + name);
        db = Db.open(Database.of("postgres://postgres@127.0.0.1:5432/" + name)
                .packages(BooksApp.class.getPackageName())
                .applyMigrations(true));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("insert into Tag(id, name) select g, 'tag ' || g from generate_series(1, 100) g");
            s.execute("insert into Book(id, title) select g, 'Book ' || lpad(g::text, 7, '0') from generate_series(1, "
                    + rows + ") g");
            s.execute("insert into Book_Tag(Book_id, tags_id) select g, 1 + g % 100 from generate_series(1, " + rows
                    + ") g");
            s.execute("insert into Book_Tag(Book_id, tags_id) select g, 1 + (g + 50) % 100 from generate_series(1, "
                    + rows + ") g");
            // vacuum too: rows inserted in bulk sit in the GIN indexes' pending lists, scanned on every search
            // until a vacuum merges them (autovacuum would, some time later)
            s.execute("vacuum analyze");
        }
    }

    /** Closes and drops the database. */
    @TearDown
    public void tearDown() throws SQLException {
        if (db != null) {
            db.close();
        }
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Slice<BookSchema> read(ReadSpec spec) {
        return db.read(s -> s.list(Book.class, BookSchema.class, spec));
    }

    /** The first 20 books by id, without the count. */
    @Benchmark
    public Slice<BookSchema> firstPage() {
        return read(ReadSpec.builder().limit(PAGE).build());
    }

    /** The last 20 books by {@code offset} (the database still walks every skipped row). */
    @Benchmark
    public Slice<BookSchema> deepOffsetPage() {
        return read(ReadSpec.builder().offset(rows - PAGE).limit(PAGE).build());
    }

    /** 20 books after a cursor position half-way through the table (keyset: found through the id index). */
    @Benchmark
    public Slice<BookSchema> deepCursorPage() {
        return read(
                ReadSpec.builder().limit(PAGE).after(List.of((long) rows / 2)).build());
    }

    /** 20 books with tag 7 whose title or a tag contains "00", newest first. */
    @Benchmark
    public Slice<BookSchema> filteredSearchedPage() {
        return read(ReadSpec.builder()
                .where(Condition.of("tags.name", Lookup.EXACT, "tag 7"))
                .where(SEARCH.condition(Optional.of("00")))
                .orderBy(List.of(Order.desc("id")))
                .limit(PAGE)
                .build());
    }

    /**
     * 20 books whose title contains one rare term ({@code ?search=} over the title: {@code lower(title) like
     * '%term%'}, found through the trigram index of the Books migration V2, not by reading every row).
     */
    @Benchmark
    public Slice<BookSchema> titleSearchedPage() {
        return read(ReadSpec.builder()
                .where(TITLE_SEARCH.condition(Optional.of(rareTerm())))
                .limit(PAGE)
                .build());
    }

    /**
     * 20 books whose title or a tag contains one rare term (the Books page's {@code ?search=}): a {@code union}
     * of the ids the title's trigram index finds and those the tag name's finds through {@code Book_Tag}.
     */
    @Benchmark
    public Slice<BookSchema> titleOrTagSearchedPage() {
        return read(ReadSpec.builder()
                .where(SEARCH.condition(Optional.of(rareTerm())))
                .limit(PAGE)
                .build());
    }

    /** The count of the rare-term search over the title and the tags (the same {@code union} of id sets). */
    @Benchmark
    public long titleOrTagSearchedCount() {
        return read(ReadSpec.builder()
                        .where(SEARCH.condition(Optional.of(rareTerm())))
                        .limit(0)
                        .count(true)
                        .build())
                .count()
                .orElseThrow();
    }

    /** The count of the rare-term title search (the index again). */
    @Benchmark
    public long titleSearchedCount() {
        return read(ReadSpec.builder()
                        .where(TITLE_SEARCH.condition(Optional.of(rareTerm())))
                        .limit(0)
                        .count(true)
                        .build())
                .count()
                .orElseThrow();
    }

    /** The seven digits of the book in the middle of the table: one title matches. */
    private String rareTerm() {
        return String.format("%07d", rows / 2 + 1);
    }

    /** {@code count(*)} of every book (what the limit/offset envelope adds to a page). */
    @Benchmark
    public long countAll() {
        return read(ReadSpec.builder().limit(0).count(true).build()).count().orElseThrow();
    }
}
