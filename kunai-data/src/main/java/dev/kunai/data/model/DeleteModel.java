package dev.kunai.data.model;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Path;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.route.Delete;
import dev.kunai.route.Response;

/**
 * {@code DELETE /{id}}: deletes the object, 204; 404 when there is none, 409 while other objects still reference
 * it and the mapping does not cascade (Ninja Extra's delete route).
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 */
public interface DeleteModel<ID, O> extends ModelRoutes<ID, O> {

    /** Deletes the object. */
    @Delete("/{id}")
    @Response(status = 409, type = HttpError.class, description = "Still referenced by other objects")
    default void delete(@Path("id") ID id, RequestContext context, ObjectPermissions permissions) {
        if (!modelService().delete(id, ModelRequest.of(context, permissions))) {
            throw HttpError.notFound(
                    ModelErrors.notFound(modelService().entity().getSimpleName()));
        }
    }
}
