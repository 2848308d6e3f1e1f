package dev.kunai.data.model;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Body;
import dev.kunai.route.Post;
import dev.kunai.route.Response;

/**
 * {@code POST /}: creates an object from the payload, 201 with the object (Ninja Extra's create route).
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 * @param <I>  the payload schema
 */
public interface CreateModel<ID, O, I extends Record> extends WriteModel<ID, O, I> {

    /** The created object; 422 naming the field for a bad value, unknown related id or taken unique value. */
    @Post(value = "/", status = 201)
    @Response(status = 409, type = HttpError.class, description = "Conflicts with another object")
    default O create(@Body I payload, RequestContext context) {
        return modelService().create(payload, outSchema(), ModelRequest.of(context));
    }
}
