package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.docs.SwaggerUi;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.http.HttpResponse;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in documentation routes of an API: {@code {prefix}/openapi.json} (the document, rendered once at
 * start-up) and Swagger UI at {@code {prefix}/docs}, each switched off when the API says so.
 */
final class DocsRoutes implements SystemRoutes {

    @Override
    public List<Route> routes(KunaiApi api, List<OperationModel> operations) {
        List<Route> routes = new ArrayList<>();
        Optional<String> openApiPath = api.openApiPath();
        if (openApiPath.isEmpty()) {
            return routes;
        }
        OpenApiDocument document = OpenApi.generate(api, operations);
        HttpResponse documentResponse = document.response();
        routes.add(new Route(absolute(openApiPath.get()), context -> documentResponse));
        SwaggerUi.forApi(api).ifPresent(ui -> {
            for (String path : ui.paths()) {
                routes.add(new Route(
                        path,
                        context -> ui.respond(path, context.request().header("If-None-Match"))
                                .orElseGet(ErrorResponses::notFound)));
            }
        });
        return routes;
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
