package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.OperationModel;
import java.util.List;
import java.util.function.Function;

/**
 * Built-in GET routes an API gets besides its operations, such as the OpenAPI document and Swagger UI.
 * Each route's response is prepared at start-up.
 */
@FunctionalInterface
public interface SystemRoutes {

    /** The routes for one API, paths relative to its prefix. */
    List<Route> routes(KunaiApi api, List<OperationModel> operations);

    /**
     * One built-in route.
     *
     * @param path    the path template relative to the API prefix (e.g. {@code /docs/{file:path}})
     * @param respond the response for a request (path variables and headers are in the context)
     */
    record Route(String path, Function<RequestContext, HttpResponse> respond) {
        /** The response for one request. */
        public HttpResponse respond(RequestContext context) {
            return respond.apply(context);
        }
    }
}
