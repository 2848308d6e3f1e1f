package dev.kunai.server;

/** A started server: where it listens, and how to stop it gracefully. */
public interface RunningServer extends AutoCloseable {

    /** The bound port (useful when started with port 0). */
    int port();

    /** The base URL, e.g. {@code http://127.0.0.1:8000}. */
    String baseUrl();

    /** Stops accepting, lets in-flight requests finish within the stop timeout, then releases the port. */
    void stop();

    /** Blocks until the server has stopped. */
    void join() throws InterruptedException;

    /** Same as {@link #stop()}. */
    @Override
    default void close() {
        stop();
    }
}
