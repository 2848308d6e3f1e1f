package dev.kunai.docs;

import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.feature.ApiRoutes;
import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.feature.FeatureSetup;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpResponse;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModel;
import dev.kunai.security.Auth;
import dev.kunai.stage.AuthStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documentation of every mounted API, as a feature (Django Ninja's {@code /api/docs} and
 * {@code /api/openapi.json}): {@code {prefix}/openapi.json} — the document, rendered once at start-up from the
 * final operation models, so contributed parameters and stage responses are in it — and Swagger UI at
 * {@code {prefix}/docs}, each switched off when the API says so ({@code KunaiApi.Builder.noOpenApi()},
 * {@code noDocs()}), behind the API's {@code docsAuth} stage when it has one. That authenticator is
 * {@linkplain Auth#resolve resolved} through the application's container when the pipeline is built, as an
 * operation's is, so {@code docsAuth(JwtAuth.fromContainer())} works on an API defined before the database opens.
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
        setup.apiRoutes(new ApiRoutes() {
            @Override
            public List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations) {
                return DocsFeature.routes(api, operations, api.docsAuth());
            }

            @Override
            public List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations, StageContext context) {
                return DocsFeature.routes(api, operations, api.docsAuth().map(auth -> resolved(auth, api, context)));
            }
        });
    }

    private static Auth resolved(Auth declared, KunaiApi api, StageContext context) {
        try {
            return Objects.requireNonNull(declared.resolve(context), "resolved auth");
        } catch (IllegalStateException e) {
            throw new KunaiConfigurationException(
                    "The docs of the API at '" + api.prefix() + "': docsAuth " + declared.schemeName() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations, Optional<Auth> docsAuth) {
        List<FeatureRoute> routes = new ArrayList<>();
        Optional<String> openApiPath = api.openApiPath();
        if (openApiPath.isEmpty()) {
            return routes;
        }
        List<Stage> stages = docsAuth.map(auth -> List.of(AuthStage.requiring(List.of(auth))))
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
