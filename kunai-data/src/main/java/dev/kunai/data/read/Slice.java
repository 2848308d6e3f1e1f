package dev.kunai.data.read;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of a {@link ReadSpec} read: the records of the window, in order, with what paginators need
 * to describe it.
 *
 * @param items    the records
 * @param count    every matching row, when the spec asked for a count
 * @param more     whether matching rows exist past this window in the reading direction (after the last
 *                 item, or before the first for a backward keyset read)
 * @param firstKey the order-key values (then the id) of the first item, for a "previous" cursor
 * @param lastKey  the order-key values (then the id) of the last item, for a "next" cursor
 * @param <S>      the record type
 */
public record Slice<S>(
        List<S> items,
        OptionalLong count,
        boolean more,
        Optional<List<Object>> firstKey,
        Optional<List<Object>> lastKey) {

    /** Copies the items. */
    public Slice {
        items = java.util.Collections.unmodifiableList(items);
    }

    /**
     * The slice of root tuples read for {@code spec} (one row more than the limit, to tell whether there is
     * more; reversed order for a backward keyset): each tuple holds {@code width} selected columns with the
     * id first, then the order keys other than the id. {@code records} builds the items from the kept tuples.
     */
    static Slice<Object> assemble(
            ReadSpec spec,
            List<Object[]> tuples,
            int width,
            OptionalLong count,
            java.util.function.Function<List<Object[]>, List<Object>> records) {
        List<Object[]> rows = tuples;
        boolean more = spec.limit() != ReadSpec.UNLIMITED && rows.size() > spec.limit();
        if (more) {
            rows = rows.subList(0, spec.limit());
        }
        if (spec.keyset().map(ReadSpec.Keyset::backward).orElse(false)) {
            rows = new java.util.ArrayList<>(rows);
            java.util.Collections.reverse(rows);
        }
        Optional<List<Object>> first = rows.isEmpty() ? Optional.empty() : Optional.of(key(rows.getFirst(), width));
        Optional<List<Object>> last = rows.isEmpty() ? Optional.empty() : Optional.of(key(rows.getLast(), width));
        return new Slice<>(records.apply(rows), count, more, first, last);
    }

    private static List<Object> key(Object[] row, int width) {
        List<Object> values = new java.util.ArrayList<>(row.length - width + 1);
        for (int i = width; i < row.length; i++) {
            values.add(row[i]);
        }
        values.add(row[0]);
        return values;
    }
}
