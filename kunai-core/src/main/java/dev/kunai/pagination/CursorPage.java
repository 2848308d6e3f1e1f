package dev.kunai.pagination;

import dev.kunai.schema.Description;
import java.util.List;
import java.util.Optional;

/**
 * The envelope of {@link CursorPagination}: {@code {"results": [...], "next": "…", "previous": null}}
 * (Ninja's cursor output; here {@code next} and {@code previous} are the cursors to pass as
 * {@code ?cursor=}).
 *
 * @param results  the items of the page
 * @param next     the cursor of the next page, when there is one
 * @param previous the cursor of the previous page, when there is one
 * @param <T>      the item type
 */
public record CursorPage<T>(
        @Description("The items of this page") List<T> results,
        @Description("Cursor of the next page") Optional<String> next,
        @Description("Cursor of the previous page") Optional<String> previous) {

    /** Copies the results. */
    public CursorPage {
        results = List.copyOf(results);
    }
}
