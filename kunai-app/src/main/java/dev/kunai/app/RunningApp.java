package dev.kunai.app;

import dev.kunai.data.db.Db;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.server.RunningServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started application: its server, its request pipeline and its databases. {@link #stop()} stops the
 * server gracefully (in-flight requests finish), then closes its resources (what {@code KunaiApp.provide} made,
 * e.g. a Redis store, and what {@code KunaiApp.closeOnStop} registered), then the database pools.
 */
public final class RunningApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningApp.class);

    private final RunningServer server;
    private final Dispatcher dispatcher;
    private final Optional<Db> db;
    private final List<AutoCloseable> resources;

    RunningApp(RunningServer server, Dispatcher dispatcher, Optional<Db> db, List<AutoCloseable> resources) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.db = db;
        this.resources = new ArrayList<>(resources);
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

    /** Stops the server gracefully, then closes the resources (newest first), then the databases. */
    public void stop() {
        try {
            server.stop();
        } finally {
            List<AutoCloseable> toClose;
            synchronized (resources) {
                toClose = new ArrayList<>(resources);
                resources.clear();
            }
            closeAll(toClose);
            db.ifPresent(Db::close);
        }
    }

    /** Closes {@code resources} newest first; a failure is logged and the others are still closed. */
    static void closeAll(List<AutoCloseable> resources) {
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resource.getClass().getName(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
