package dev.kunai.data.db;

import dev.kunai.data.migrate.Migrations;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.RequestValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.stat.Statistics;

/**
 * The application's database handle (inject it; one per application; thread-safe). Each call opens a
 * session, runs the lambda in a transaction, commits, and rolls back on any exception; async variants run
 * the same on a new virtual thread. Nothing is bound to the calling thread, so nothing leaks between
 * virtual threads. Reads go to the read database and writes to the primary, as configured in one place
 * ({@link Builder#readsFrom}); {@link #using(String)} picks a named database for both.
 */
public final class Db implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Db.class);

    private final Map<String, DbUnit> units;
    private final DbUnit reads;
    private final DbUnit writes;
    private final ExecutorService executor;
    private final boolean owner;

    private Db(Map<String, DbUnit> units, DbUnit reads, DbUnit writes, ExecutorService executor, boolean owner) {
        this.units = units;
        this.reads = reads;
        this.writes = writes;
        this.executor = executor;
        this.owner = owner;
    }

    /** Starts the given databases; the one named "default" (else the first) is the primary. */
    public static Db open(Database... databases) {
        Builder builder = builder();
        for (Database database : databases) {
            builder.database(database);
        }
        return builder.build();
    }

    /** A builder for several databases and a read router. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects databases and the read router, then starts them all. */
    public static final class Builder {
        private final List<Database> databases = new ArrayList<>();
        private Optional<String> readsFrom = Optional.empty();

        private Builder() {}

        /** Adds a database (each needs its own name). */
        public Builder database(Database database) {
            databases.add(database);
            return this;
        }

        /** Sends {@link Db#read} calls to the database called {@code name} (a replica); transactions stay on the primary. */
        public Builder readsFrom(String name) {
            readsFrom = Optional.of(name);
            return this;
        }

        /** Starts every database: pools, migration check, Hibernate, ModelSchema check. */
        public Db build() {
            if (databases.isEmpty()) {
                throw DatabaseException.of("No database configured");
            }
            Map<String, DbUnit> units = new LinkedHashMap<>();
            try {
                for (Database database : databases) {
                    if (units.containsKey(database.name())) {
                        throw DatabaseException.of("Two databases are named '" + database.name() + "'");
                    }
                    units.put(database.name(), DbUnit.start(database));
                }
            } catch (RuntimeException e) {
                units.values().forEach(DbUnit::close);
                throw e;
            }
            DbUnit primary = units.getOrDefault(
                    Database.DEFAULT, units.values().iterator().next());
            DbUnit reader = primary;
            if (readsFrom.isPresent()) {
                reader = units.get(readsFrom.get());
                if (reader == null) {
                    units.values().forEach(DbUnit::close);
                    throw DatabaseException.of("readsFrom names database '" + readsFrom.get()
                            + "', which is not configured (configured: " + String.join(", ", units.keySet()) + ")");
                }
            }
            ExecutorService executor = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("kunai-db-", 0).factory());
            return new Db(Map.copyOf(units), reader, primary, executor, true);
        }
    }

    /** A view of this handle whose reads and writes all go to the database called {@code name} (Django's {@code using}). */
    public Db using(String name) {
        DbUnit unit = units.get(name);
        if (unit == null) {
            throw new IllegalArgumentException(
                    "No database named '" + name + "' (configured: " + String.join(", ", units.keySet()) + ")");
        }
        return new Db(units, unit, unit, executor, false);
    }

    /** The names of the configured databases. */
    public Set<String> names() {
        return units.keySet();
    }

    /** The name of the database this handle writes to. */
    public String name() {
        return writes.config.name();
    }

    /**
     * Runs {@code work} in a read-only session (no flush) on the read database and returns its result. The
     * read takes one pooled connection and one transaction; Hibernate's session is opened on that connection
     * only if {@code work} needs it, so a schema-driven read served by planned SQL has no persistence context.
     */
    public <T> T read(Function<Session, T> work) {
        return run(reads, true, work);
    }

    /**
     * A pagination source that reads each window in its own read-only session ({@link Session#source} inside
     * {@link #read}): what a handler returns for a paginator to run after it, e.g. from a {@code @Paginate}
     * operation. One statement per window, one per relation level, and a count when the paginator asks.
     */
    public <E, S> dev.kunai.pagination.Source<S> source(
            Class<E> entity, Class<S> schema, dev.kunai.data.read.ReadSpec spec) {
        java.util.Objects.requireNonNull(spec, "spec");
        return window -> read(s -> s.source(entity, schema, spec).fetch(window));
    }

    /** Runs {@code work} in a transaction on the primary, commits and returns its result; rolls back on any exception. */
    public <T> T transaction(Function<Session, T> work) {
        return run(writes, false, work);
    }

    /** Runs {@code work} in a transaction on the primary and commits; rolls back on any exception. */
    public void inTransaction(Consumer<Session> work) {
        run(writes, false, session -> {
            work.accept(session);
            return null;
        });
    }

    /** {@link #read} on a new virtual thread. */
    public <T> CompletionStage<T> readAsync(Function<Session, T> work) {
        return CompletableFuture.supplyAsync(() -> read(work), executor);
    }

    /** {@link #transaction} on a new virtual thread; the stage fails (after rollback) if {@code work} throws. */
    public <T> CompletionStage<T> transactionAsync(Function<Session, T> work) {
        return CompletableFuture.supplyAsync(() -> transaction(work), executor);
    }

    /** {@link #inTransaction} on a new virtual thread. */
    public CompletionStage<Void> inTransactionAsync(Consumer<Session> work) {
        return CompletableFuture.runAsync(() -> inTransaction(work), executor);
    }

    private static <T> T run(DbUnit unit, boolean readOnly, Function<Session, T> work) {
        try {
            return runOnConnection(unit, readOnly, work);
        } catch (RuntimeException failure) {
            if (!(failure instanceof DatabaseUnavailableException)
                    && DatabaseUnavailableException.isConnectionFailure(failure)) {
                LOG.warn("Database '{}' unavailable: {}", unit.config.name(), OrmSettings.rootMessage(failure));
                throw DatabaseUnavailableException.create();
            }
            throw failure;
        }
    }

    /**
     * One unit of work: one pooled connection, taken before {@code work} runs (Hibernate's id generators fetch
     * sequence values under a lock, and a connection wait there would queue every other writer behind it during
     * an outage), one transaction on it — committed after {@code work}, rolled back if anything fails — and a
     * {@link Session} that opens Hibernate's session there only if {@code work} needs one: planned reads and
     * stateless inserts run on the connection alone.
     */
    private static <T> T runOnConnection(DbUnit unit, boolean readOnly, Function<Session, T> work) {
        try (Connection connection = unit.dataSource.getConnection()) {
            Session session = new Session(unit.sessionFactory, connection, !readOnly);
            try {
                T result = work.apply(session);
                session.commit();
                return result;
            } catch (Throwable failure) {
                session.rollback(failure);
                throw failure;
            } finally {
                session.release();
            }
        } catch (SQLException e) {
            throw unit.sessionFactory
                    .unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                    .getJdbcServices()
                    .getSqlExceptionHelper()
                    .convert(e, (readOnly ? "Read" : "Transaction") + " on database '" + unit.config.name() + "'");
        }
    }

    /**
     * The provider of request-scoped sessions: a handler that declares a {@link Session} parameter gets one
     * opened on the primary with a transaction, committed after the handler returns (before the response is
     * sent) and rolled back if the request fails.
     */
    public RequestValue<Session> requestSessions() {
        DbUnit unit = writes;
        return new RequestValue<>() {
            @Override
            public Class<Session> type() {
                return Session.class;
            }

            @Override
            public Session open(RequestContext context) {
                org.hibernate.Session session = unit.sessionFactory.openSession();
                try {
                    session.beginTransaction();
                } catch (RuntimeException e) {
                    session.close();
                    throw e;
                }
                return new Session(session);
            }

            @Override
            public void close(Session value, boolean failed) {
                org.hibernate.Session session = value.raw();
                try {
                    Transaction transaction = session.getTransaction();
                    if (transaction.isActive()) {
                        if (failed) {
                            value.dropInserts();
                            transaction.rollback();
                        } else {
                            try {
                                value.sendInserts();
                            } catch (RuntimeException e) {
                                transaction.rollback();
                                throw e;
                            }
                            transaction.commit();
                        }
                    }
                } finally {
                    try {
                        value.closeInserts();
                    } finally {
                        session.close();
                    }
                }
            }
        };
    }

    /** The migrations of the database this handle writes to. */
    public Migrations migrations() {
        return Migrations.of(writes.config, writes.dataSource);
    }

    /** Deletes every row of every entity table of the database this handle writes to (between tests). */
    public void truncate() {
        writes.sessionFactory.getSchemaManager().truncateMappedObjects();
    }

    /** Hibernate statistics of the database this handle writes to (enable with {@link Database#statistics(boolean)}). */
    public Statistics statistics() {
        return writes.sessionFactory.getStatistics();
    }

    /** Hibernate's session factory of the database this handle writes to. */
    public SessionFactory sessionFactory() {
        return writes.sessionFactory;
    }

    /** The connection pool of the database this handle writes to. */
    public DataSource dataSource() {
        return writes.dataSource;
    }

    /** The configuration of the database this handle writes to. */
    public Database database() {
        return writes.config;
    }

    /** Closes every pool and session factory (a {@link #using} view closes nothing). */
    @Override
    public void close() {
        if (!owner) {
            return;
        }
        executor.shutdown();
        for (DbUnit unit : units.values()) {
            unit.close();
        }
    }
}
