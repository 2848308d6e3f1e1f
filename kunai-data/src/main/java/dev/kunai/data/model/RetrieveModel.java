package dev.kunai.data.model;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Path;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.route.Get;

/**
 * {@code GET /{id}}: one object by its lookup field, 404 when there is none (Ninja Extra's retrieve route).
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 */
public interface RetrieveModel<ID, O> extends ModelRoutes<ID, O> {

    /**
     * The object; 404 with Django's "No Author matches the given query." when there is none or it is outside
     * the request's {@link ModelService#scope}.
     */
    @Get("/{id}")
    default O retrieve(@Path("id") ID id, RequestContext context, ObjectPermissions permissions) {
        return modelService()
                .get(id, outSchema(), ModelRequest.of(context, permissions))
                .orElseThrow(() -> HttpError.notFound(
                        ModelErrors.notFound(modelService().entity().getSimpleName())));
    }
}
