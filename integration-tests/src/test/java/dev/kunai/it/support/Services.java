package dev.kunai.it.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * External services the tests need. A missing service skips the test with a clear message when the
 * {@code CI} variable is unset, and fails it when {@code CI} is set.
 */
public final class Services {

    /** The machine's PostgreSQL (trust auth). */
    public static final String PG_HOST = "127.0.0.1";
    /** Its port. */
    public static final int PG_PORT = 5432;

    private Services() {}

    /** Skips (no CI) or fails (CI) unless {@code what} is reachable at host:port. */
    public static void require(String what, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        } catch (Exception e) {
            unavailable(what + " is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    /** Skips (no CI) or fails (CI) with {@code message}. */
    public static void unavailable(String message) {
        if (System.getenv("CI") != null) {
            throw new AssertionError(message + "; CI is set, so this is a failure");
        }
        throw new TestAbortedException(message + "; skipping because CI is not set");
    }

    /**
     * A throw-away database on the machine's PostgreSQL, dropped on close; its URL is in Kunai's
     * {@code postgres://} form.
     */
    public static TempPostgresDatabase tempPostgresDatabase(String prefix) {
        require("PostgreSQL", PG_HOST, PG_PORT);
        String name =
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("create database " + name);
        return new TempPostgresDatabase(name);
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/test", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL admin statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * A database created for one test.
     *
     * @param name the database name
     */
    public record TempPostgresDatabase(String name) implements AutoCloseable {
        /** Kunai's URL of the database. */
        public String url() {
            return "postgres://postgres@" + PG_HOST + ":" + PG_PORT + "/" + name;
        }

        @Override
        public void close() {
            admin("drop database if exists " + name + " with (force)");
        }
    }
}
