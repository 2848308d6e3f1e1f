package dev.kunai.data.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configured database: where it is, its name, its entities and ModelSchemas, and how its tables are made.
 * Immutable: every setter returns a changed copy, so {@code Database.of(url).name("secondary")} reads left to right.
 */
public final class Database {

    /** The name of the database used when none is given. */
    public static final String DEFAULT = "default";
    /** The embedded database used when {@code DATABASE_URL} is not set (Django's SQLite default). */
    public static final String EMBEDDED_URL = "h2:file:./data/db";
    /** How long a request waits for a pooled connection unless {@link #connectTimeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final DatabaseUrl url;
    private final List<Class<?>> entities;
    private final List<String> packages;
    private final List<Class<?>> schemas;
    private final SchemaSource schemaSource;
    private final boolean applyMigrations;
    private final boolean reuseSchema;
    private final List<String> migrationLocations;
    private final int poolSize;
    private final boolean statistics;
    private final Map<String, Object> properties;
    private final Duration connectTimeout;

    private Database(
            String name,
            DatabaseUrl url,
            List<Class<?>> entities,
            List<String> packages,
            List<Class<?>> schemas,
            SchemaSource schemaSource,
            boolean applyMigrations,
            boolean reuseSchema,
            List<String> migrationLocations,
            int poolSize,
            boolean statistics,
            Map<String, Object> properties,
            Duration connectTimeout) {
        this.name = name;
        this.url = url;
        this.entities = List.copyOf(entities);
        this.packages = List.copyOf(packages);
        this.schemas = List.copyOf(schemas);
        this.schemaSource = schemaSource;
        this.applyMigrations = applyMigrations;
        this.reuseSchema = reuseSchema;
        this.migrationLocations = List.copyOf(migrationLocations);
        this.poolSize = poolSize;
        this.statistics = statistics;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.connectTimeout = connectTimeout;
    }

    /** A database at {@code url}: {@code postgres://user:pass@host:5432/db}, {@code h2:file:./data/app}, {@code h2:mem:name} or {@code jdbc:…}. */
    public static Database of(String url) {
        return new Database(
                DEFAULT,
                DatabaseUrl.parse(url),
                List.of(),
                List.of(),
                List.of(),
                SchemaSource.MIGRATIONS,
                false,
                false,
                List.of("classpath:db/migration"),
                defaultPoolSize(),
                false,
                Map.of(),
                DEFAULT_CONNECT_TIMEOUT);
    }

    /** The default database from {@code DATABASE_URL}, or an embedded H2 file database under {@code ./data/}. */
    public static Database fromEnv() {
        return fromEnv(DEFAULT);
    }

    /** The database called {@code name} from the environment: {@code DATABASE_URL} for "default", else {@code DATABASE_URL_<NAME>}. */
    public static Database fromEnv(String name) {
        return fromEnv(name, System::getenv);
    }

    /**
     * {@code DATABASE_URL} when it is set, else {@code embeddedUrl}: a project's own embedded database (Django's
     * per-project {@code db.sqlite3}), so that two projects run from one directory, as the Books and Library
     * examples are from the checkout, do not open one file.
     *
     * @param embeddedUrl e.g. {@code "h2:file:./data/library"}
     */
    public static Database fromEnvOr(String embeddedUrl) {
        return fromEnvOr(embeddedUrl, System::getenv);
    }

    static Database fromEnvOr(String embeddedUrl, Function<String, String> env) {
        Database embedded = of(Objects.requireNonNull(embeddedUrl, "embeddedUrl"));
        String value = env.apply("DATABASE_URL");
        return value == null || value.isBlank() ? embedded : of(value);
    }

    static Database fromEnv(String name, Function<String, String> env) {
        Objects.requireNonNull(name, "name");
        String variable = DEFAULT.equals(name) ? "DATABASE_URL" : "DATABASE_URL_" + name.toUpperCase(Locale.ROOT);
        String value = env.apply(variable);
        if (value == null || value.isBlank()) {
            if (DEFAULT.equals(name)) {
                return of(EMBEDDED_URL);
            }
            throw DatabaseException.of("Database '" + name + "' is not configured: set " + variable);
        }
        return of(value).name(name);
    }

    private static int defaultPoolSize() {
        return Math.max(10, Runtime.getRuntime().availableProcessors() * 4);
    }

    private Database copy(
            String name,
            DatabaseUrl url,
            List<Class<?>> entities,
            List<String> packages,
            List<Class<?>> schemas,
            SchemaSource source,
            boolean apply,
            boolean reuse,
            List<String> locations,
            int pool,
            boolean stats,
            Map<String, Object> props) {
        return new Database(
                name,
                url,
                entities,
                packages,
                schemas,
                source,
                apply,
                reuse,
                locations,
                pool,
                stats,
                props,
                connectTimeout);
    }

    private static <T> List<T> plus(List<T> list, T[] more) {
        List<T> result = new ArrayList<>(list);
        result.addAll(Arrays.asList(more));
        return result;
    }

    /** This database under another name ("default", "secondary", "replica", …). */
    public Database name(String newName) {
        if (newName == null || newName.isBlank()) {
            throw DatabaseException.of("A database name must not be blank");
        }
        return copy(
                newName,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Adds entity classes. */
    public Database entities(Class<?>... classes) {
        return copy(
                name,
                url,
                plus(entities, classes),
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Adds packages whose {@code @Entity} classes and {@code @ModelSchema} records are registered (sub-packages too). */
    public Database packages(String... names) {
        return copy(
                name,
                url,
                entities,
                plus(packages, names),
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Adds ModelSchema records to check against their entities at start-up. */
    public Database schemas(Class<?>... records) {
        return copy(
                name,
                url,
                entities,
                packages,
                plus(schemas, records),
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Builds the tables from the entities instead of migrations (for tests); drops and recreates them at start. */
    public Database schemaFromModels() {
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                SchemaSource.MODELS,
                applyMigrations,
                false,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Builds the tables from the entities only if they are missing or out of date, else keeps them (pytest's {@code --reuse-db}). */
    public Database reuseSchemaFromModels() {
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                SchemaSource.MODELS,
                applyMigrations,
                true,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Sets where the tables come from. */
    public Database schemaSource(SchemaSource source) {
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                Objects.requireNonNull(source),
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Applies unapplied migrations at start-up instead of refusing to start. */
    public Database applyMigrations(boolean apply) {
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                apply,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties);
    }

    /** Replaces the Flyway locations (default {@code classpath:db/migration}; {@code filesystem:path} also works). */
    public Database migrationLocations(String... locations) {
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                List.of(locations),
                poolSize,
                statistics,
                properties);
    }

    /** Sets the most connections the pool opens (default: 4 per core, at least 10). */
    public Database poolSize(int size) {
        if (size < 1) {
            throw DatabaseException.of("Pool size must be at least 1, not " + size);
        }
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                size,
                statistics,
                properties);
    }

    /** Turns Hibernate statistics (statement counts and timings) on or off. */
    public Database statistics(boolean on) {
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                on,
                properties);
    }

    /** Passes a Hibernate or Jakarta Persistence property through unchanged. */
    public Database property(String key, Object value) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        props.put(key, value);
        return copy(
                name,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                props);
    }

    /**
     * Sets how long a request waits for a connection (HikariCP's {@code connectionTimeout}, default 10 s). While the
     * database is unreachable, requests that need it fail after this long with 503 {@code Database unavailable}.
     */
    public Database connectTimeout(Duration timeout) {
        if (timeout == null || timeout.toMillis() < 250) {
            throw DatabaseException.of(
                    "The connect timeout must be at least 250 ms (HikariCP's minimum), not " + timeout);
        }
        return new Database(
                name,
                url,
                entities,
                packages,
                schemas,
                schemaSource,
                applyMigrations,
                reuseSchema,
                migrationLocations,
                poolSize,
                statistics,
                properties,
                timeout);
    }

    /** How long a request waits for a connection before failing with 503. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** Where the database is. */
    public DatabaseUrl url() {
        return url;
    }

    /** The entity classes registered by class (see {@link #packages()} for scanned ones). */
    public List<Class<?>> entities() {
        return entities;
    }

    /** Every entity class: those registered by class plus those found in {@link #packages()}. */
    public List<Class<?>> entityClasses() {
        java.util.LinkedHashSet<Class<?>> all = new java.util.LinkedHashSet<>(entities);
        if (!packages.isEmpty()) {
            all.addAll(PackageScanner.scan(packages).entities());
        }
        return List.copyOf(all);
    }

    /** Every ModelSchema record: those registered by class plus those found in {@link #packages()}. */
    public List<Class<?>> schemaClasses() {
        java.util.LinkedHashSet<Class<?>> all = new java.util.LinkedHashSet<>(schemas);
        if (!packages.isEmpty()) {
            all.addAll(PackageScanner.scan(packages).schemas());
        }
        return List.copyOf(all);
    }

    /** The packages scanned for entities and ModelSchemas. */
    public List<String> packages() {
        return packages;
    }

    /** The ModelSchema records registered by class. */
    public List<Class<?>> schemas() {
        return schemas;
    }

    /** Where the tables come from. */
    public SchemaSource schemaSource() {
        return schemaSource;
    }

    /** Whether unapplied migrations are applied at start-up. */
    public boolean applyMigrations() {
        return applyMigrations;
    }

    /** Whether tables built from the models are kept when they already match. */
    public boolean reuseSchema() {
        return reuseSchema;
    }

    /** The Flyway migration locations. */
    public List<String> migrationLocations() {
        return migrationLocations;
    }

    /** The most connections the pool opens. */
    public int poolSize() {
        return poolSize;
    }

    /** Whether Hibernate statistics are collected. */
    public boolean statistics() {
        return statistics;
    }

    /** Extra Hibernate properties. */
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public String toString() {
        return "Database[" + name + " at " + url.display() + "]";
    }
}
