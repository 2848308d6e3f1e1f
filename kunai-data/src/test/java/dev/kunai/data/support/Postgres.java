package dev.kunai.data.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Real PostgreSQL for tests (127.0.0.1:5432, trust auth, user postgres). Each test class gets a database of
 * its own, dropped afterwards. When the server is down the test is skipped with a clear message, unless the
 * environment variable CI is set: then it fails.
 */
public final class Postgres {

    private static final String HOST = "127.0.0.1:5432";
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/test";

    private Postgres() {}

    /** Creates a fresh database named after {@code owner} and returns its name (skips or fails when PostgreSQL is down). */
    public static String createDatabase(Class<?> owner) {
        String name = ("kunai_" + owner.getSimpleName() + "_"
                        + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not available at " + HOST + " (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) {
                fail(message + ": CI is set, so PostgreSQL tests must run");
            }
            Assumptions.abort(message + ": skipping PostgreSQL tests (set CI to make this a failure)");
        }
        return name;
    }

    /** The Kunai URL of database {@code name}. */
    public static String url(String name) {
        return "postgres://postgres@" + HOST + "/" + name;
    }

    /** Drops database {@code name}, closing any connection still open to it. */
    public static void dropDatabase(String name) {
        if (name == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name + ": " + e.getMessage(), e);
        }
    }
}
