package dev.kunai.pagination;

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
}
