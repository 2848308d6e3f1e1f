/**
 * The contract between Kunai and an HTTP server: a {@link dev.kunai.server.ServerAdapter} serves a request handler
 * with the given {@link dev.kunai.server.ServerOptions} and returns a stoppable running server.
 */
package dev.kunai.server;
