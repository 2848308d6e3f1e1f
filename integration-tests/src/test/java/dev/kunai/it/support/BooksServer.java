package dev.kunai.it.support;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.RunningApp;
import dev.kunai.app.settings.Settings;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.pipeline.Dispatcher;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Books app (its API at {@code /api/}, plus {@link FixtureController} at {@code /fixture/}) started in
 * this JVM on a free port, configured the way a user configures it: settings keys as in {@code kunai.properties}.
 */
public final class BooksServer implements AutoCloseable {

    /** The fixture API mounted beside the Books API. */
    public static final KunaiApi FIXTURE = KunaiApi.builder()
            .title("Fixture")
            .controllers(FixtureController.class)
            .build();

    private final RunningApp app;

    private BooksServer(RunningApp app) {
        this.app = app;
    }

    /** The Books app on a fresh in-memory H2 database with the given settings. */
    public static BooksServer h2(Map<String, String> settings) {
        return start("h2:mem:books-" + UUID.randomUUID(), settings);
    }

    /** The Books app on the database at {@code url} (migrations applied at start) with the given settings. */
    public static BooksServer start(String url, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>();
        all.put("server.port", "0");
        all.putAll(settings);
        var app = Kunai.app()
                .settings(Settings.of(all, name -> null))
                .database(Database.of(url).packages("dev.kunai.examples.books"))
                .mount("/api/", BooksApp.API)
                .mount("/fixture/", FIXTURE);
        return new BooksServer(app.start(app.serverOptions()));
    }

    /** The bound port. */
    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:port} */
    public URI uri(String path) {
        return URI.create(app.baseUrl() + path);
    }

    /** The in-process pipeline (for the TestClient). */
    public Dispatcher dispatcher() {
        return app.dispatcher();
    }

    /** The database handle. */
    public Db db() {
        return app.db().orElseThrow();
    }

    /** Rows in {@code table} (Book, Tag or Book_Tag), counted in SQL. */
    public long count(String table) {
        return count(db(), table);
    }

    /** Rows in {@code table}, counted in SQL over the app's pool. */
    public static long count(Db db, String table) {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count " + table, e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
