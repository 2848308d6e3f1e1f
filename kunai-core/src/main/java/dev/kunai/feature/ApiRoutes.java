package dev.kunai.feature;

import dev.kunai.KunaiApi;
import dev.kunai.operation.OperationModel;
import dev.kunai.stage.StageContext;
import java.util.List;

/**
 * Routes a feature adds to each mounted API (such as its OpenAPI document and Swagger UI), built at start-up
 * from the API and the final models of its operations (stage responses included). Paths are relative to the
 * API prefix; the API's exception handlers apply.
 */
@FunctionalInterface
public interface ApiRoutes {

    /** The routes for {@code api}; may be empty. */
    List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations);

    /**
     * The routes for {@code api}, built with access to the application's {@link StageContext} (its DI container),
     * e.g. to {@linkplain dev.kunai.security.Auth#resolve resolve} an authenticator declared before the
     * application started, as operation stages are. The pipeline calls this one; by default it calls
     * {@link #routes(KunaiApi, List)}. Never called while the pipeline is only described.
     *
     * @throws IllegalStateException when the container cannot provide what the routes need (a start-up error)
     */
    default List<FeatureRoute> routes(KunaiApi api, List<OperationModel> operations, StageContext context) {
        return routes(api, operations);
    }
}
