package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.feature.ApiRoutes;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.OperationModel;
import java.util.List;
import java.util.function.Function;

/**
 * Built-in GET routes an API gets besides its operations. Kept for existing callers; new code registers
 * {@link ApiRoutes} (any method, with stages) from a {@link dev.kunai.feature.Feature}.
 */
@FunctionalInterface
public interface SystemRoutes {

    /** The routes for one API, paths relative to its prefix. */
    List<Route> routes(KunaiApi api, List<OperationModel> operations);

    /** These routes as {@link ApiRoutes} (GET, no stages). */
    default ApiRoutes asApiRoutes() {
        return (api, operations) -> routes(api, operations).stream()
                .map(route -> FeatureRoute.of(HttpMethod.GET, route.path(), route::respond))
                .toList();
    }

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
