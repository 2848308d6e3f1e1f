package dev.kunai.pagination;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rows a {@link Source} returned for a {@link Window}, with what a paginator needs to describe them.
 *
 * @param items    the rows, in order
 * @param count    every matching row, when the window asked for a count
 * @param more     whether rows exist past the window in its reading direction
 * @param firstKey the order-key values of the first row (for a "previous" cursor)
 * @param lastKey  the order-key values of the last row (for a "next" cursor)
 * @param order    the order the rows were read in, described by the source (e.g. {@code "-title,id"}); cursors
 *                 carry it so that a position is only used in its own order; empty when the source has none
 * @param <T>      the row type
 */
public record Paged<T>(
        List<T> items,
        OptionalLong count,
        boolean more,
        Optional<List<Object>> firstKey,
        Optional<List<Object>> lastKey,
        String order) {

    /** Copies the items. */
    public Paged {
        items = List.copyOf(items);
        Objects.requireNonNull(order, "order");
    }

    /** Rows read in no particular described order (in-memory sources, offset windows). */
    public Paged(
            List<T> items,
            OptionalLong count,
            boolean more,
            Optional<List<Object>> firstKey,
            Optional<List<Object>> lastKey) {
        this(items, count, more, firstKey, lastKey, "");
    }
}
