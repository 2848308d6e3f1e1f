package dev.kunai.feature;

import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;

/** Answers a {@link FeatureRoute}: the request, its path variables and response headers are in the context. */
@FunctionalInterface
public interface RouteHandler {

    /**
     * The response to one request.
     *
     * @throws Exception any failure; it is mapped by the exception handlers (e.g. an {@code HttpError(404)})
     */
    HttpResponse handle(RequestContext context) throws Exception;
}
