package dev.kunai.bench.micro.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kunai.bench.baseline.BookStore;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.examples.books.BookController;
import dev.kunai.examples.books.BookCreateSchema;
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
 * Creating a book with two tags, in process, without HTTP: the Books app's own handler
 * ({@link BookController#createBook}: {@code Db.transaction}, {@code Session.insert} writes the tags and the book
 * with its links through Hibernate's stateless insert, the answer mapped to {@code BookSchema}) vs the load harness baseline's hand-written JDBC create ({@link BookStore#create}:
 * three prepared inserts, batched links, one commit), each on its own in-memory H2 database behind HikariCP. The
 * difference is what the ORM costs per create; request binding, validation and JSON are not in it. Tables grow
 * during the run for both, as they do under the load harness's create scenario.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BookCreateBenchmark {

    static final String TITLE = "Dune";
    static final List<String> TAGS = List.of("sf", "classic");

    private Db db;
    private BookController controller;
    private HikariDataSource limitPool;
    private BookStore limit;

    /** Opens both databases: the Books app's (its migrations) and the baseline's (its three tables). */
    @Setup
    public void setUp() throws SQLException {
        db = Db.open(Database.of("h2:mem:jmh-create")
                .packages(BooksApp.class.getPackageName())
                .applyMigrations(true));
        controller = new BookController(db);
        HikariConfig config = new HikariConfig();
        config.setPoolName("jmh-create-limit");
        config.setJdbcUrl("jdbc:h2:mem:jmh-create-limit;DB_CLOSE_DELAY=-1");
        config.setAutoCommit(false);
        limitPool = new HikariDataSource(config);
        limit = BookStore.creating(limitPool);
    }

    /** Closes both databases. */
    @TearDown
    public void tearDown() {
        db.close();
        limitPool.close();
    }

    /** The Books app's create handler: Hibernate in one {@code Db.transaction}. */
    @Benchmark
    public BookSchema kunaiHandler() {
        return controller.createBook(new BookCreateSchema(TITLE, TAGS));
    }

    /** The limit: the baseline's JDBC create on its own pool. */
    @Benchmark
    public dev.kunai.bench.books.BookSchema handWrittenJdbc() throws SQLException {
        return limit.create(TITLE, TAGS);
    }
}
