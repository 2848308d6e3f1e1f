package dev.kunai.operation;

import dev.kunai.http.HttpResponse;
import java.io.IOException;

/**
 * Turns one result of an operation's handler into its response; built once per operation by
 * {@link ResultPlan#writer(int)}, called per request.
 */
@FunctionalInterface
public interface ResultWriter {

    /**
     * The response for {@code value} (already awaited when the handler was asynchronous).
     *
     * @throws IOException when the value cannot be serialized
     */
    HttpResponse write(Object value) throws IOException;
}
