package dev.kunai.data.model;

import dev.kunai.data.filter.FilterSchema;
import dev.kunai.data.filter.Filters;
import dev.kunai.data.filter.Ordering;
import dev.kunai.data.filter.Searching;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.http.RequestContext;
import dev.kunai.pagination.LimitOffset;
import dev.kunai.pagination.Page;
import dev.kunai.param.Query;
import dev.kunai.route.Get;
import java.util.Optional;

/**
 * {@code GET /} with a {@link FilterSchema}, {@code ?search=} and {@code ?ordering=}, applied by the database
 * in that order and then paginated ({@code {"items": [...], "count": N}}); the controller says which fields
 * are searched and orderable.
 *
 * @param <ID> the lookup type
 * @param <O>  the response schema
 * @param <F>  the filter record
 */
public interface FilteredListModel<ID, O, F extends Record & FilterSchema> extends ModelRoutes<ID, O> {

    /** The searched fields, e.g. {@code Searching.fields("name", "^email")}. */
    Searching searching();

    /** The orderable fields, e.g. {@code Ordering.fields("id", "name")}. */
    Ordering ordering();

    /** A page of the objects that match the filters and every search term, in the requested order. */
    @Get("/")
    default Page<O> list(
            @Query LimitOffset page,
            @Query F filter,
            @Query(description = "Terms that must each match one of the searched fields") Optional<String> search,
            @Query(description = "Comma-separated order keys; '-' for descending") Optional<String> ordering,
            RequestContext context) {
        ReadSpec spec = ReadSpec.builder()
                .where(Filters.condition(filter))
                .where(searching().condition(search))
                .orderBy(ordering().orders(ordering))
                .build();
        return pagination().page(page, modelService().list(outSchema(), spec, ModelRequest.of(context)));
    }
}
