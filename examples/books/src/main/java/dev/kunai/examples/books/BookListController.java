package dev.kunai.examples.books;

import dev.kunai.data.db.Db;
import dev.kunai.data.filter.Filters;
import dev.kunai.data.filter.Ordering;
import dev.kunai.data.filter.Searching;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.pagination.CursorPage;
import dev.kunai.pagination.CursorPagination;
import dev.kunai.pagination.Paginate;
import dev.kunai.pagination.Source;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The Books list toolkit: the same books as {@code GET /api/books/}, filtered, searched, ordered and
 * paginated by the database, in that order (filter → search → order → paginate).
 */
@Controller(tags = "Books")
public class BookListController {
    static final CursorPagination CURSORS = CursorPagination.withRandomSecret(20, 100);
    static final Searching SEARCH = Searching.fields("title", "tags.name");
    static final Ordering ORDERING = Ordering.fields("id", "title");

    private final Db db;

    /** Created once by the DI container, with the application's database. */
    @Inject
    public BookListController(Db db) {
        this.db = db;
    }

    /**
     * A page of books: {@code ?title=&tag=} filters, {@code ?search=} terms (each must match the title or a
     * tag), {@code ?ordering=-title,id}, and {@code @Paginate}'s {@code ?limit=&offset=} (the application's
     * default paginator); answers {@code {"items": [...], "count": N}}. The handler says what to read; the
     * paginator reads only the page.
     */
    @Paginate
    @Get("books/page")
    public Source<BookSchema> pageBooks(
            @Query BookFilter filter,
            @Query(description = "Terms that must each match the title or a tag name") Optional<String> search,
            @Query(description = "Order keys: id, title; '-' for descending") Optional<String> ordering) {
        return db.source(Book.class, BookSchema.class, spec(filter, search, ordering));
    }

    /**
     * The same books by cursor: {@code ?cursor=&page_size=} (declared by {@link BookCursorQuery}); answers
     * {@code {"results": [...], "next": "…", "previous": "…"}} and never counts.
     */
    @Get("books/cursor")
    public CursorPage<BookSchema> cursorBooks(
            @Query BookCursorQuery page,
            @Query BookFilter filter,
            @Query(description = "Terms that must each match the title or a tag name") Optional<String> search,
            @Query(description = "Order keys: id, title; '-' for descending") Optional<String> ordering) {
        ReadSpec spec = spec(filter, search, ordering);
        return db.read(s -> CURSORS.page(page.page(), s.source(Book.class, BookSchema.class, spec)));
    }

    private static ReadSpec spec(BookFilter filter, Optional<String> search, Optional<String> ordering) {
        return ReadSpec.builder()
                .where(Filters.condition(filter))
                .where(SEARCH.condition(search))
                .orderBy(ORDERING.orders(ordering))
                .build();
    }
}
