package dev.kunai.errors;

import dev.kunai.http.RequestContext;
import dev.kunai.http.Status;

/**
 * Turns an exception thrown by a handler into a response: return a {@link Status} whose body is
 * serialized as JSON (e.g. {@code Status.of(409, Map.of("detail", "taken"))}).
 *
 * @param <E> the exception type handled
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {

    /** Produces the response for {@code exception} raised while handling the request in {@code context}. */
    Status<?> handle(E exception, RequestContext context);
}
