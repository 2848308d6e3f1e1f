/**
 * Pagination of list operations (Django Ninja's {@code ninja.pagination}): the query-parameter records
 * ({@link dev.kunai.pagination.LimitOffset}, {@link dev.kunai.pagination.PageNumber},
 * {@link dev.kunai.pagination.CursorQuery}), the paginators that turn them into a {@link
 * dev.kunai.pagination.Window} of rows and wrap the rows a {@link dev.kunai.pagination.Source} returns into an
 * envelope, and the {@link dev.kunai.pagination.Paginator} interface for custom paginators and envelopes. The
 * rows come from a source that pages in the database (kunai-data's {@code Session.source}), never in memory.
 */
package dev.kunai.pagination;
