package dev.kunai.auth;

import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * Databases for kunai-auth's tests, built by kunai-auth's own migrations: a fresh in-memory H2 database, or a
 * fresh PostgreSQL database with a random name on 127.0.0.1:5432 (dropped by {@link #drop}). PostgreSQL tests
 * are skipped when it is unreachable and {@code CI} is unset, and fail when {@code CI} is set.
 */
public final class TestDbs {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestDbs() {}

    /** A new in-memory H2 database with kunai-auth's tables. */
    public static Db h2() {
        String name = "auth_" + UUID.randomUUID().toString().replace("-", "");
        return Db.open(KunaiAuth.install(Database.of("h2:mem:" + name)).applyMigrations(true));
    }

    /** A new PostgreSQL database with kunai-auth's tables; its name is {@code db.database().url()}'s. */
    public static Db postgres() {
        String name = "kunai_auth_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        admin("create database " + name);
        return Db.open(KunaiAuth.install(Database.of("postgres://postgres@127.0.0.1:5432/" + name))
                .applyMigrations(true)
                .poolSize(4));
    }

    /** Closes {@code db} and, for PostgreSQL, drops its database. */
    public static void drop(Db db) {
        String url = db.database().url().display();
        db.close();
        int slash = url.lastIndexOf('/');
        if (url.contains("postgres") && slash > 0) {
            String name = url.substring(slash + 1).replaceAll("[^a-z0-9_].*", "");
            admin("drop database if exists " + name);
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            String message = "PostgreSQL is not usable at 127.0.0.1:5432 (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message + "; CI is set, so this is a failure", e);
            }
            throw new TestAbortedException(message + "; skipping because CI is not set");
        }
    }
}
