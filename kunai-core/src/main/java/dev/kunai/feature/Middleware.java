package dev.kunai.feature;

import dev.kunai.http.HttpRequest;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;

/**
 * Code around the whole pipeline, routing included: {@code (request, next) -> response}. Call
 * {@code next.handle(request)} to continue (possibly with a wrapped request) and shape its response, or
 * answer without calling it (e.g. a CORS preflight). Runs in the server and in {@code TestClient} alike. A
 * failure it throws is mapped by the app-level exception handlers.
 */
@FunctionalInterface
public interface Middleware {

    /** Handles one request; {@code next} is the rest of the pipeline. */
    HttpResponse handle(HttpRequest request, RequestHandler next);
}
