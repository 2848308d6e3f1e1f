package dev.kunai.data.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a schema-driven read should return: a filter, an order, a window (offset and limit, or a keyset
 * position for cursor pagination) and whether to count the matching rows. The data layer renders it into
 * the read's statements; values are always bound parameters. Immutable; build with {@link #builder()}.
 *
 * <p>Statements: one for the page of root rows, one per relation level (for the page's ids only), and one
 * {@code count(*)} when {@link #count()} is set.
 */
public final class ReadSpec {

    /** No limit. */
    public static final int UNLIMITED = -1;

    private static final ReadSpec ALL = builder().build();

    /**
     * A keyset position for cursor pagination: the order-key values (the {@link #orders()} keys, then the id)
     * of the row the page starts after, or ends before.
     *
     * @param values   one value per order key, the id last
     * @param backward whether the page is the rows before this position (a "previous" page)
     */
    public record Keyset(List<Object> values, boolean backward) {
        /** Copies the values (nulls allowed: a nullable key may be null). */
        public Keyset {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private final Optional<Condition> where;
    private final List<Order> orders;
    private final long offset;
    private final int limit;
    private final boolean count;
    private final Optional<Keyset> keyset;

    private ReadSpec(Builder builder) {
        this.where = builder.where;
        this.orders = List.copyOf(builder.orders);
        this.offset = builder.offset;
        this.limit = builder.limit;
        this.count = builder.count;
        this.keyset = builder.keyset;
    }

    /** Every row, ordered by id, uncounted. */
    public static ReadSpec all() {
        return ALL;
    }

    /** A new builder: no filter, ordered by id, no window, no count. */
    public static Builder builder() {
        return new Builder();
    }

    /** The filter, if any. */
    public Optional<Condition> where() {
        return where;
    }

    /** The order keys before the id (which always comes last). */
    public List<Order> orders() {
        return orders;
    }

    /** How many matching rows to skip (0 for none). */
    public long offset() {
        return offset;
    }

    /** The most rows to return, or {@link #UNLIMITED}. */
    public int limit() {
        return limit;
    }

    /** Whether to count every matching row in a separate statement. */
    public boolean count() {
        return count;
    }

    /** The keyset position of a cursor page, if any. */
    public Optional<Keyset> keyset() {
        return keyset;
    }

    /** A builder holding this spec's settings, to derive another spec (a page of the same filter and order). */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.where = where;
        builder.orders.addAll(orders);
        builder.offset = offset;
        builder.limit = limit;
        builder.count = count;
        builder.keyset = keyset;
        return builder;
    }

    /** Builds a {@link ReadSpec}; every setter rejects null. */
    public static final class Builder {
        private Optional<Condition> where = Optional.empty();
        private final List<Order> orders = new ArrayList<>();
        private long offset;
        private int limit = UNLIMITED;
        private boolean count;
        private Optional<Keyset> keyset = Optional.empty();

        private Builder() {}

        /** Adds {@code condition} (conditions given more than once must all hold). */
        public Builder where(Condition condition) {
            Objects.requireNonNull(condition, "condition");
            where = Optional.of(
                    where.map(w -> Condition.and(List.of(w, condition))).orElse(condition));
            return this;
        }

        /** Adds {@code condition} when present (a filter or search that may be empty). */
        public Builder where(Optional<Condition> condition) {
            condition.ifPresent(this::where);
            return this;
        }

        /** Appends order keys (the id is appended last by the reader). */
        public Builder orderBy(List<Order> keys) {
            for (Order key : keys) {
                orders.add(Objects.requireNonNull(key, "order key"));
            }
            return this;
        }

        /** Skips {@code rows} matching rows (≥ 0). */
        public Builder offset(long rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("offset must be >= 0, was " + rows);
            }
            offset = rows;
            return this;
        }

        /** Returns at most {@code rows} rows (≥ 0). */
        public Builder limit(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("limit must be >= 0, was " + rows);
            }
            limit = rows;
            return this;
        }

        /** Counts the matching rows in a separate {@code count(*)} statement. */
        public Builder count(boolean enabled) {
            count = enabled;
            return this;
        }

        /** Starts the page after the row whose order keys (then id) are {@code values}. */
        public Builder after(List<Object> values) {
            keyset = Optional.of(new Keyset(values, false));
            return this;
        }

        /** Ends the page before the row whose order keys (then id) are {@code values}. */
        public Builder before(List<Object> values) {
            keyset = Optional.of(new Keyset(values, true));
            return this;
        }

        /** The spec. */
        public ReadSpec build() {
            return new ReadSpec(this);
        }
    }
}
