package dev.kunai.pagination;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a paginator's rows come from: fetches one {@link Window} (kunai-data's {@code Session.source} runs
 * it as SQL with the filter, search and order already applied).
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface Source<T> {

    /** The rows of {@code window}. */
    Paged<T> fetch(Window window);

    /**
     * A source over rows already in memory, for {@code @Paginate} operations whose rows do not come from a
     * database (Ninja pages a plain list the same way): offset windows only, counting with
     * {@code items.size()}. The list is read, not copied: do not change it while it is being paged. Prefer a
     * database source for tables: it reads only the page.
     *
     * @throws IllegalStateException from {@link #fetch} when a cursor paginator asks for a keyset window, which
     *     needs order keys a list does not have (use a database source with cursor pagination)
     */
    static <T> Source<T> of(List<T> items) {
        // Not copied: a @Paginate list result is paged at once, and the page itself is copied by Paged.
        List<T> rows = Objects.requireNonNull(items, "items");
        return window -> {
            if (window.keyset().isPresent()) {
                throw new IllegalStateException("Source.of(list) pages by offset only; cursor pagination needs a"
                        + " database source, whose rows have order keys");
            }
            int from = (int) Math.min(window.offset(), rows.size());
            int to = (int) Math.min((long) from + window.limit(), rows.size());
            return new Paged<>(
                    rows.subList(from, to),
                    window.count() ? OptionalLong.of(rows.size()) : OptionalLong.empty(),
                    to < rows.size(),
                    Optional.empty(),
                    Optional.empty());
        };
    }
}
