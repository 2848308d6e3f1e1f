package dev.kunai.data.model;

import dev.kunai.pagination.LimitOffsetPagination;

/**
 * What every route interface ({@link ListModel}, {@link RetrieveModel}, {@link CreateModel}, {@link UpdateModel},
 * {@link PatchModel}, {@link DeleteModel}, {@link CrudModel}) needs from its controller: the service and the
 * schema types. {@link ModelController} implements it; a controller picks its routes — Ninja Extra's
 * {@code allowed_routes} — by the interfaces it implements, so an unlisted route does not exist (405/404) and
 * is not documented.
 *
 * @param <ID> the type of the lookup field, bound from the {@code {id}} path variable
 * @param <O>  the response schema (a {@code @ModelSchema} record of the entity)
 */
public interface ModelRoutes<ID, O> {

    /** The service the routes call. */
    ModelService<?, ID> modelService();

    /** The schema types of this controller, resolved once at start-up. */
    ModelTypes modelTypes();

    /** The paginator of {@code GET /} (limit/offset, default 100, at most 1000); override to change it. */
    default LimitOffsetPagination pagination() {
        return ModelTypes.PAGES;
    }

    /** The response schema as a class. */
    @SuppressWarnings("unchecked")
    default Class<O> outSchema() {
        return (Class<O>) modelTypes().out();
    }
}
