package dev.kunai.docs;

import dev.kunai.KunaiApi;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.feature.FeatureSetup;
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
 * The documentation of every mounted API, as a feature (Django Ninja's {@code /api/docs} and
 * {@code /api/openapi.json}): {@code {prefix}/openapi.json} — the document, rendered once at start-up from the
 * final operation models, so contributed parameters and stage responses are in it — and Swagger UI at
 * {@code {prefix}/docs}, each switched off when the API says so ({@code KunaiApi.Builder.noOpenApi()},
 * {@code noDocs()}), behind the API's {@code docsAuth} stage when it has one.
 *
 * <p>Every dispatcher sets it up unless the builder was told {@code withoutDocs()}; registering it yourself
 * is the same as the default. Its routes are ordinary API routes: the seam any other documentation page
 * (ReDoc, a changelog) would use.
 */
public final class DocsFeature implements Feature {

    private DocsFeature() {}

    /** The feature (stateless; one instance serves every API). */
    public static DocsFeature create() {
        return new DocsFeature();
    }

    @Override
    public void setup(FeatureSetup setup) {
        setup.apiRoutes(DocsFeature::routes);
    }

    private static List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations) {
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
