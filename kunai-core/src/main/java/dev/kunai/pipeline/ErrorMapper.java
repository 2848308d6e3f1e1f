package dev.kunai.pipeline;

import dev.kunai.errors.ErrorResponses;
import dev.kunai.errors.ExceptionHandler;
import dev.kunai.http.HttpError;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Status;
import dev.kunai.operation.ResultPlan;
import dev.kunai.operation.ResultWriter;
import dev.kunai.validation.RequestValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into Kunai's error response. The built-in mappings (validation → 422, {@link HttpError} →
 * its status and headers) are entries in the same most-specific-class lookup as the application's handlers
 * (Helidon's {@code ErrorHandlers}), so a handler for {@code RuntimeException} does not swallow a 422. At
 * each class of the failure's hierarchy the API's handler wins over the app's, which wins over the built-in
 * one. {@code CompletionException} and {@code ExecutionException} are unwrapped first, for every handler.
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    /** Exception handlers return a {@code Status}: written by the same result-kind registry as handlers' results. */
    private static final ResultWriter STATUS_WRITER =
            ResultPlan.of(Status.class).writer(200);

    private static final Map<Class<?>, Mapping> BUILT_IN = Map.of(
            RequestValidationException.class,
            (failure, exchange) -> ErrorResponses.validation(((RequestValidationException) failure).errors()),
            HttpError.class,
            (failure, exchange) -> ErrorResponses.error((HttpError) failure));

    private final List<Map<Class<?>, Mapping>> layers;
    private final boolean debug;
    private final ClassValue<Optional<Mapping>> lookup = new ClassValue<>() {
        @Override
        protected Optional<Mapping> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Map<Class<?>, Mapping> layer : layers) {
                    Mapping mapping = layer.get(c);
                    if (mapping != null) {
                        return Optional.of(mapping);
                    }
                }
            }
            return Optional.empty();
        }
    };

    private ErrorMapper(List<Map<Class<?>, Mapping>> layers, boolean debug) {
        this.layers = layers;
        this.debug = debug;
    }

    /** A mapper with the API's handlers over the app's handlers over the built-in mappings. */
    static ErrorMapper of(
            Map<Class<? extends Throwable>, ExceptionHandler<?>> api,
            Map<Class<? extends Throwable>, ExceptionHandler<?>> app,
            boolean debug) {
        return new ErrorMapper(List.of(user(api), user(app), BUILT_IN), debug);
    }

    /** The response for {@code failure} raised while handling {@code exchange}; never throws. */
    HttpResponse map(Throwable failure, Exchange exchange) {
        Throwable cause = unwrap(failure);
        Optional<Mapping> mapping = lookup.get(cause.getClass());
        if (mapping.isPresent()) {
            try {
                return mapping.get().respond(cause, exchange);
            } catch (Throwable e) {
                LOG.error("Exception handler for {} failed", cause.getClass().getName(), e);
                return ErrorResponses.internal();
            }
        }
        LOG.error(
                "Unhandled error in {} {}",
                exchange.request().method(),
                exchange.request().path(),
                cause);
        return debug ? ErrorResponses.detail(500, "Internal Server Error: " + cause) : ErrorResponses.internal();
    }

    /** The failure a {@code CompletionException}/{@code ExecutionException} wraps (at any depth). */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Class<?>, Mapping> user(Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers) {
        Map<Class<?>, Mapping> out = new HashMap<>();
        handlers.forEach((type, handler) -> out.put(
                type,
                (failure, exchange) -> exchange.withResponseHeaders(
                        STATUS_WRITER.write(((ExceptionHandler) handler).handle(failure, exchange)))));
        return Map.copyOf(out);
    }

    /** One mapping from a failure to a response. */
    @FunctionalInterface
    private interface Mapping {
        HttpResponse respond(Throwable failure, Exchange exchange) throws Throwable;
    }
}
