package dev.kunai.data.model;

/**
 * Every model route: {@code GET /} (paginated), {@code POST /}, {@code GET|PUT|PATCH|DELETE /{id}} — Ninja
 * Extra's default {@code allowed_routes}. Implement the single route interfaces instead to publish fewer.
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 * @param <I>  the payload schema
 */
public interface CrudModel<ID, O, I extends Record>
        extends ListModel<ID, O>,
                RetrieveModel<ID, O>,
                CreateModel<ID, O, I>,
                UpdateModel<ID, O, I>,
                PatchModel<ID, O, I>,
                DeleteModel<ID, O> {}
