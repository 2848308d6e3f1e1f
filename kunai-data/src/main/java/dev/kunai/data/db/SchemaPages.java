package dev.kunai.data.db;

import dev.kunai.data.read.InvalidKeysetException;
import dev.kunai.data.read.Order;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.data.read.Slice;
import dev.kunai.http.HttpError;
import dev.kunai.pagination.Paged;
import dev.kunai.pagination.Source;
import java.util.List;

/**
 * {@link Session#source}: a pagination {@link Source} whose every window is one schema-driven
 * {@link Session#list} with the window's offset, limit, count and keyset. A cursor is bound to the order it was
 * made in ({@code ?ordering=} as {@link #describe} writes it); one from another order, or whose keyset does not fit
 * the order, is a 400 ("Invalid cursor").
 */
final class SchemaPages {

    private SchemaPages() {}

    static <E, S> Source<S> source(Session session, Class<E> entity, Class<S> schema, ReadSpec spec) {
        String order = describe(spec.orders());
        return window -> {
            ReadSpec.Builder builder = spec.toBuilder()
                    .offset(window.offset())
                    .limit(window.limit())
                    .count(window.count());
            window.keyset().ifPresent(k -> {
                if (!k.order().isEmpty() && !k.order().equals(order)) {
                    throw HttpError.badRequest("Invalid cursor");
                }
                if (k.backward()) {
                    builder.before(k.values());
                } else {
                    builder.after(k.values());
                }
            });
            Slice<S> slice;
            try {
                slice = session.list(entity, schema, builder.build());
            } catch (InvalidKeysetException e) {
                throw HttpError.badRequest("Invalid cursor");
            }
            return new Paged<>(slice.items(), slice.count(), slice.more(), slice.firstKey(), slice.lastKey(), order);
        };
    }

    /** {@code orders} as {@code ?ordering=} would write them ({@code -title,id}): what cursors are bound to. */
    private static String describe(List<Order> orders) {
        StringBuilder out = new StringBuilder();
        for (Order order : orders) {
            out.append(out.isEmpty() ? "" : ",")
                    .append(order.descending() ? "-" : "")
                    .append(order.path());
        }
        return out.toString();
    }
}
