package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.docs.SwaggerUi;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.feature.ApiRoutes;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpResponse;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModel;
import dev.kunai.stage.AuthStage;
import dev.kunai.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in documentation routes of an API: {@code {prefix}/openapi.json} (the document, rendered once at
 * start-up from the final operation models) and Swagger UI at {@code {prefix}/docs}, each switched off when the
 * API says so, behind the API's {@code docsAuth} stage when it has one.
 */
final class DocsRoutes implements ApiRoutes {

    @Override
    public List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations) {
        List<FeatureRoute> routes = new ArrayList<>();
        Optional<String> openApiPath = api.openApiPath();
        if (openApiPath.isEmpty()) {
            return routes;
        }
        List<Stage> stages = api.docsAuth()
                .map(auth -> List.of(AuthStage.requiring(List.of(auth))))
                .orElse(List.of());
        OpenApiDocument document = OpenApi.generate(api, operations);
        HttpResponse documentResponse = document.response();
        routes.add(new FeatureRoute(HttpMethod.GET, absolute(openApiPath.get()), context -> documentResponse, stages));
        SwaggerUi.forApi(api).ifPresent(ui -> {
            for (String path : ui.paths()) {
                routes.add(new FeatureRoute(
                        HttpMethod.GET,
                        path,
                        context -> ui.respond(path, context.request().header("If-None-Match"))
                                .orElseGet(ErrorResponses::notFound),
                        stages));
            }
        });
        return routes;
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
