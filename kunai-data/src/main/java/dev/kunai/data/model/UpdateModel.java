package dev.kunai.data.model;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Body;
import dev.kunai.param.Path;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.route.Put;
import dev.kunai.route.Response;

/**
 * {@code PUT /{id}}: replaces every field the payload has, validated like a create (Ninja Extra's update route).
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 * @param <I>  the payload schema
 */
public interface UpdateModel<ID, O, I extends Record> extends WriteModel<ID, O, I> {

    /** The updated object; 404 when there is none, 422 naming the field, 409 on a conflict. */
    @Put("/{id}")
    @Response(status = 409, type = HttpError.class, description = "Conflicts with another object")
    default O update(@Path("id") ID id, @Body I payload, RequestContext context, ObjectPermissions permissions) {
        return modelService()
                .update(id, payload, outSchema(), ModelRequest.of(context, permissions))
                .orElseThrow(() -> HttpError.notFound(
                        ModelErrors.notFound(modelService().entity().getSimpleName())));
    }
}
