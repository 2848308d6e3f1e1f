package dev.kunai.test;

import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/** The test databases of one run: each opened once per configuration and closed when the JVM exits. */
final class TestDatabases {

    static final String POSTGRES_DEFAULT = "postgres://postgres@127.0.0.1:5432/test";

    private static final Map<String, Db> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.values().forEach(Db::close), "kunai-test-db-close"));
    }

    private TestDatabases() {}

    static Db open(String database, List<String> packages, boolean migrations) {
        String url = resolve(database);
        String key = url + "|" + packages + "|" + migrations;
        return OPEN.computeIfAbsent(key, k -> {
            Database config = Database.of(url).packages(packages.toArray(String[]::new));
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
