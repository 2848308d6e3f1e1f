package dev.kunai.data.model;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Body;
import dev.kunai.param.Path;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.route.Patch;
import dev.kunai.route.Response;
import dev.kunai.schema.PatchDict;

/**
 * {@code PATCH /{id}}: changes only the fields that were sent (Ninja's {@code PatchDict}): a field left out is
 * unchanged, a field sent as {@code null} is set to null where the column allows it (else 422 naming it).
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 * @param <I>  the payload schema whose components may be sent
 */
public interface PatchModel<ID, O, I extends Record> extends WriteModel<ID, O, I> {

    /** The patched object; 404 when there is none, 422 naming the field, 409 on a conflict. */
    @Patch("/{id}")
    @Response(status = 409, type = HttpError.class, description = "Conflicts with another object")
    default O partialUpdate(
            @Path("id") ID id, @Body PatchDict<I> payload, RequestContext context, ObjectPermissions permissions) {
        return modelService()
                .patch(id, payload, outSchema(), ModelRequest.of(context, permissions))
                .orElseThrow(() -> HttpError.notFound(
                        ModelErrors.notFound(modelService().entity().getSimpleName())));
    }
}
