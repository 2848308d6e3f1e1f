package dev.kunai.app;

import dev.kunai.data.db.Db;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.server.RunningServer;
import java.util.Optional;

/**
 * A started application: its server, its request pipeline and its databases. {@link #stop()} stops the
 * server gracefully (in-flight requests finish), then closes the database pools.
 */
public final class RunningApp implements AutoCloseable {

    private final RunningServer server;
    private final Dispatcher dispatcher;
    private final Optional<Db> db;

    RunningApp(RunningServer server, Dispatcher dispatcher, Optional<Db> db) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.db = db;
    }

    /** The bound port. */
    public int port() {
        return server.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8000}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The request pipeline (usable with {@code TestClient.of(...)}). */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The database handle, when the application has databases. */
    public Optional<Db> db() {
        return db;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server gracefully, then closes the databases. */
    public void stop() {
        try {
            server.stop();
        } finally {
            db.ifPresent(Db::close);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
