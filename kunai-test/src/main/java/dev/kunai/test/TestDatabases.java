package dev.kunai.test;

import dev.kunai.data.db.Database;
import dev.kunai.data.db.DatabaseUrl;
import dev.kunai.data.db.Db;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/**
 * The test databases of one run: each opened once per configuration and closed when the JVM exits. On
 * PostgreSQL the configured database is only the way in: each configuration runs in a database of its own,
 * created for the run ({@code kunai_test_<random>}, Django's {@code test_<name>}) and dropped when the JVM
 * exits, so runs of several builds at once never see each other's rows.
 */
final class TestDatabases {

    static final String POSTGRES_DEFAULT = "postgres://postgres@127.0.0.1:5432/test";

    private static final Map<String, Db> OPEN = new ConcurrentHashMap<>();

    /** PostgreSQL databases created by this run: the URL each was created from, by the created database's name. */
    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closeAll, "kunai-test-db-close"));
    }

    private TestDatabases() {}

    private static void closeAll() {
        OPEN.values().forEach(Db::close);
        CREATED.forEach((name, url) -> {
            try {
                execute(url, "drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("kunai-test: could not drop test database " + name + ": " + e.getMessage());
            }
        });
    }

    static Db open(String database, List<String> packages, boolean migrations, List<String> locations) {
        String url = resolve(database);
        String key = url + "|" + packages + "|" + migrations + "|" + locations;
        return OPEN.computeIfAbsent(key, k -> {
            String runUrl = url.startsWith("postgres") ? createPostgresDatabase(url) : url;
            Database config = Database.of(runUrl).packages(packages.toArray(String[]::new));
            if (migrations && !locations.isEmpty()) {
                List<String> all = new java.util.ArrayList<>(config.migrationLocations());
                all.addAll(locations);
                config = config.migrationLocations(all.toArray(String[]::new));
            }
            config = migrations ? config.applyMigrations(true) : config.schemaFromModels();
            return Db.open(config);
        });
    }

    static String resolve(String database) {
        String url = database;
        if (url.isEmpty()) {
            url = Optional.ofNullable(System.getenv("KUNAI_TEST_DATABASE_URL"))
                    .filter(s -> !s.isBlank())
                    .orElse("h2:mem:kunai-test");
        }
        if (url.equals("postgres")) {
            url = Optional.ofNullable(System.getenv("KUNAI_TEST_POSTGRES_URL"))
                    .filter(s -> !s.isBlank())
                    .orElse(POSTGRES_DEFAULT);
        }
        if (url.startsWith("postgres")) {
            requireReachable(url);
        }
        return url;
    }

    /**
     * Creates a fresh database on the server of PostgreSQL URL {@code url} (connecting to the database {@code url}
     * names) and returns the URL of the new one; it is dropped when the JVM exits.
     */
    static String createPostgresDatabase(String url) {
        String name =
                "kunai_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            execute(url, "create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the test database " + name + " on " + DatabaseUrl.masked(url) + ": "
                            + e.getMessage(),
                    e);
        }
        String created = withDatabase(url, name);
        CREATED.put(name, url);
        return created;
    }

    /** {@code url} with its database (the path) replaced by {@code name}. */
    static String withDatabase(String url, String name) {
        URI uri = URI.create(url);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String authority = uri.getRawAuthority();
        return uri.getScheme() + "://" + authority + "/" + name + query;
    }

    private static void execute(String url, String sql) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        try (Connection connection = DriverManager.getConnection(
                        parsed.jdbcUrl(),
                        parsed.user().orElse(null),
                        parsed.password().orElse(null));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Skips (no CI) or fails (CI) when a PostgreSQL server is not reachable. */
    static void requireReachable(String url) {
        URI uri = URI.create(url.replaceFirst("^postgresql:", "postgres:"));
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (Exception e) {
            String message = "PostgreSQL is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message + "; CI is set, so this is a failure");
            }
            throw new TestAbortedException(message + "; skipping because CI is not set");
        }
    }

    static List<String> packagesOf(KunaiTest annotation, Class<?> testClass) {
        return annotation.packages().length > 0
                ? Arrays.asList(annotation.packages())
                : List.of(testClass.getPackageName());
    }
}
