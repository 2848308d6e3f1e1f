package dev.kunai.data.model;

import dev.kunai.data.read.ReadSpec;
import dev.kunai.http.RequestContext;
import dev.kunai.pagination.LimitOffset;
import dev.kunai.pagination.Page;
import dev.kunai.param.Query;
import dev.kunai.route.Get;

/**
 * {@code GET /}: a page of objects ordered by id, {@code ?limit=&offset=}, answered as
 * {@code {"items": [...], "count": N}} (Ninja Extra's paginated list route). For filters, search and ordering
 * implement {@link FilteredListModel} instead.
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 */
public interface ListModel<ID, O> extends ModelRoutes<ID, O> {

    /** A page of the objects the request's {@link ModelService#scope} lets it see. */
    @Get("/")
    default Page<O> list(@Query LimitOffset page, RequestContext context) {
        return pagination().page(page, modelService().list(outSchema(), ReadSpec.all(), ModelRequest.of(context)));
    }
}
