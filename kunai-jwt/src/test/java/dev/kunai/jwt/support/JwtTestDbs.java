package dev.kunai.jwt.support;

import dev.kunai.auth.KunaiAuth;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.jwt.KunaiJwt;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * Databases for kunai-jwt's tests, built by kunai-auth's and kunai-jwt's migrations: a fresh in-memory H2
 * database, or a fresh PostgreSQL database with a random name on 127.0.0.1:5432 (dropped by {@link #drop}).
 * PostgreSQL tests are skipped when it is unreachable and {@code CI} is unset, and fail when {@code CI} is set.
 */
public final class JwtTestDbs {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private JwtTestDbs() {}

    /** A new in-memory H2 database with the users and blacklist tables. */
    public static Db h2() {
        String name = "jwt_" + UUID.randomUUID().toString().replace("-", "");
        return Db.open(install(Database.of("h2:mem:" + name)));
    }

    /** A new PostgreSQL database with the users and blacklist tables. */
    public static Db postgres() {
        String name = "kunai_jwt_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        admin("create database " + name);
        return Db.open(install(Database.of("postgres://postgres@127.0.0.1:5432/" + name))
                .poolSize(4));
    }

    /** {@code database} with kunai-auth and kunai-jwt installed and migrations applied on open. */
    public static Database install(Database database) {
        return KunaiJwt.install(KunaiAuth.install(database)).applyMigrations(true);
    }

    /** Closes {@code db} and, for PostgreSQL, drops its database. */
    public static void drop(Db db) {
        String url = db.database().url().display();
        db.close();
        int slash = url.lastIndexOf('/');
        if (url.contains("postgres") && slash > 0) {
            admin("drop database if exists " + url.substring(slash + 1).replaceAll("[^a-z0-9_].*", ""));
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
