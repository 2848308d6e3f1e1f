package dev.kunai.data.migrate;

import com.zaxxer.hikari.HikariDataSource;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.DatabaseException;
import dev.kunai.data.db.OrmSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.Action;

/**
 * Django's {@code migrate}, {@code showmigrations} and {@code makemigrations} for one database: Flyway applies
 * SQL files; Hibernate's schema migrator writes the DDL that brings the database up to the entities.
 */
public final class Migrations implements AutoCloseable {

    /** Where {@link #makeMigrations(String)} writes when no directory is given. */
    public static final Path DEFAULT_DIRECTORY = Path.of("src/main/resources/db/migration");

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private final Database database;
    private final DataSource dataSource;
    private final Optional<HikariDataSource> ownPool;
    private final Flyway flyway;

    private Migrations(Database database, DataSource dataSource, Optional<HikariDataSource> ownPool) {
        this.database = database;
        this.dataSource = dataSource;
        this.ownPool = ownPool;
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(database.migrationLocations().toArray(String[]::new))
                .cleanDisabled(true)
                .load();
    }

    /** Migrations of {@code database} over a pool of their own (for command-line use); close it when done. */
    public static Migrations of(Database database) {
        HikariDataSource pool = OrmSettings.pool(database);
        return new Migrations(database, pool, Optional.of(pool));
    }

    /** Migrations of {@code database} over an existing pool (not closed by {@link #close()}). */
    public static Migrations of(Database database, DataSource dataSource) {
        return new Migrations(database, dataSource, Optional.empty());
    }

    /** Every known migration, applied or not, in order ({@code showmigrations}). */
    public List<MigrationState> show() {
        return states(guard(() -> flyway.info().all()));
    }

    /** The migrations not yet applied. */
    public List<MigrationState> pending() {
        return states(guard(() -> flyway.info().pending()));
    }

    /** Applies every pending migration and returns how many ran ({@code migrate}). */
    public int migrate() {
        return guard(() -> flyway.migrate().migrationsExecuted);
    }

    /**
     * The DDL that would bring the database's current tables up to the entities (empty when they match),
     * as Hibernate's schema migrator writes it for this database's dialect.
     */
    public String changes() {
        Path script;
        try {
            script = Files.createTempFile("kunai-makemigrations", ".sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            OrmSettings.hibernate(database, dataSource, database.entityClasses(), Action.NONE)
                    .property(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "update")
                    .property(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script.toString())
                    .property(AvailableSettings.HBM2DDL_DELIMITER, ";")
                    .property(AvailableSettings.FORMAT_SQL, true)
                    .property(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
                    .collectStatistics(false)
                    .createEntityManagerFactory()
                    .close();
            return Files.readString(script).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw DatabaseException.of("Could not compare the entities with database '" + database.name() + "': "
                    + OrmSettings.rootMessage(e));
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }

    /** {@link #makeMigrations(Path, String)} into {@link #DEFAULT_DIRECTORY}. */
    public Optional<Path> makeMigrations(String name) {
        return makeMigrations(DEFAULT_DIRECTORY, name);
    }

    /**
     * Compares the entities with the current database and writes the DDL needed as the next
     * {@code V<n>__<name>.sql} in {@code directory}; empty when nothing changed ({@code makemigrations}).
     */
    public Optional<Path> makeMigrations(Path directory, String name) {
        String ddl = changes();
        if (ddl.isEmpty()) {
            return Optional.empty();
        }
        int next = nextVersion(directory);
        String safeName = name.strip().replaceAll("[^A-Za-z0-9_]+", "_");
        Path file = directory.resolve("V" + next + "__" + (safeName.isEmpty() ? "auto" : safeName) + ".sql");
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    file, "-- Generated by Kunai makemigrations for database '" + database.name() + "'\n" + ddl + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(file);
    }

    private int nextVersion(Path directory) {
        int highest = 0;
        for (MigrationState state : show()) {
            highest = Math.max(highest, major(state.version()));
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
                    if (matcher.matches()) {
                        highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return highest + 1;
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<MigrationState> states(MigrationInfo[] infos) {
        List<MigrationState> states = new ArrayList<>();
        for (MigrationInfo info : infos) {
            if (info.getVersion() == null) {
                continue;
            }
            states.add(new MigrationState(
                    info.getVersion().getVersion(),
                    info.getDescription(),
                    info.getScript(),
                    info.isApplied(),
                    info.getState().getDisplayName()));
        }
        return List.copyOf(states);
    }

    private <T> T guard(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (FlywayException e) {
            throw DatabaseException.of(
                    "Migrations of database '" + database.name() + "' failed: " + OrmSettings.rootMessage(e));
        }
    }

    /** Closes the pool opened by {@link #of(Database)}, if any. */
    @Override
    public void close() {
        ownPool.ifPresent(HikariDataSource::close);
    }
}
