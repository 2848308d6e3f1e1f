package dev.kunai.server;

import dev.kunai.http.RequestHandler;

/** A real HTTP server that drives a {@link RequestHandler}; Kunai's core never depends on a concrete one. */
public interface ServerAdapter {

    /** Binds, starts serving and returns once the server accepts connections. */
    RunningServer start(RequestHandler handler, ServerOptions options);
}
