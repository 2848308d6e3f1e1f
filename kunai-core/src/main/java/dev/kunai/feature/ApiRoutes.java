package dev.kunai.feature;

import dev.kunai.KunaiApi;
import dev.kunai.operation.OperationModel;
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
}
