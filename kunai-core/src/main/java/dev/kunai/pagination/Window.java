package dev.kunai.pagination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rows a paginator asks its {@link Source} for: skip {@code offset} rows (or start at a keyset
 * position), return at most {@code limit}, and count every matching row or not.
 *
 * @param offset the rows to skip (≥ 0)
 * @param limit  the most rows to return (≥ 0)
 * @param count  whether to count every matching row (a separate, cheap statement; cursors need none)
 * @param keyset for cursor pagination, the position to start after or end before
 */
public record Window(long offset, int limit, boolean count, Optional<Keyset> keyset) {

    /**
     * A position in a stable order: the order-key values of a row (the unique key last), the direction, and the
     * order the position was taken in.
     *
     * @param values   the order-key values, the unique key last
     * @param backward whether the window is the rows before this position
     * @param order    the order the values belong to, as the source described it ({@link Paged#order()});
     *                 empty when the position is not bound to an order. A source reading in another order
     *                 rejects the position (a cursor made with {@code ?ordering=title} used with
     *                 {@code ?ordering=-title} is a 400, not a page of the wrong rows).
     */
    public record Keyset(List<Object> values, boolean backward, String order) {
        /** Copies the values. */
        public Keyset {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            Objects.requireNonNull(order, "order");
        }

        /** A position not bound to an order. */
        public Keyset(List<Object> values, boolean backward) {
            this(values, backward, "");
        }
    }

    /** Rejects negative numbers and a null keyset. */
    public Window {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        Objects.requireNonNull(keyset, "keyset");
    }

    /** {@code limit} rows after {@code offset}, counted or not. */
    public static Window of(long offset, int limit, boolean count) {
        return new Window(offset, limit, count, Optional.empty());
    }
}
