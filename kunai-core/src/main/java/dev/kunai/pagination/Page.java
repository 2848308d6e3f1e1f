package dev.kunai.pagination;

import dev.kunai.schema.Description;
import java.util.List;
import java.util.Optional;

/**
 * The envelope of {@link LimitOffsetPagination} and {@link PageNumberPagination}:
 * {@code {"items": [...], "count": N}} (Ninja's default output).
 *
 * @param items the items of the page
 * @param count every matching item (absent when the paginator skips counting)
 * @param <T>   the item type
 */
public record Page<T>(
        @Description("The items of this page") List<T> items,
        @Description("Every matching item") Optional<Long> count) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }
}
