package dev.kunai.inject;

import dev.kunai.http.RequestContext;

/**
 * Opens and closes one request's instance of a {@link RequestScoped} type. {@link #close} runs after the
 * handler and before the response is sent, so a transaction committed there is durable when the client
 * sees the response; if closing fails, the client gets an error instead.
 *
 * @param <T> the request-scoped type
 */
public interface RequestValue<T> {

    /** The type this provides (a handler parameter of this type receives it). */
    Class<T> type();

    /** Creates the value for one request. */
    T open(RequestContext context);

    /** Ends the value's life: commit when {@code failed} is false, roll back when true. */
    void close(T value, boolean failed);
}
