package dev.kunai.pagination;

import dev.kunai.operation.ParameterSettings;
import java.util.List;
import java.util.Optional;

/**
 * Ninja's default paginator: {@code ?limit=&offset=} in, {@code {"items": [...], "count": N}} out. The
 * default limit is 100; a limit above the maximum is a 422. Counting is a separate statement; a paginator
 * made {@link #withoutCount()} skips it (for huge tables) and leaves {@code count} out.
 *
 * <pre>{@code
 * static final LimitOffsetPagination PAGES = LimitOffsetPagination.of(100, 1000);
 *
 * @Get("books/page")
 * public Page<BookSchema> page(@Query LimitOffset page) {
 *     return db.read(s -> PAGES.page(page, s.source(Book.class, BookSchema.class, ReadSpec.all())));
 * }
 * }</pre>
 */
public final class LimitOffsetPagination implements Paginator<LimitOffset, Page<?>> {

    private final int defaultLimit;
    private final int maxLimit;
    private final boolean count;

    private LimitOffsetPagination(int defaultLimit, int maxLimit, boolean count) {
        Limits.check(defaultLimit, maxLimit);
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.count = count;
    }

    /** Default limit 100, maximum 1000 (set yours from settings with {@link #of}). */
    public static LimitOffsetPagination defaults() {
        return of(100, 1000);
    }

    /** A paginator with this default and maximum limit (1 ≤ default ≤ max), counting. */
    public static LimitOffsetPagination of(int defaultLimit, int maxLimit) {
        return new LimitOffsetPagination(defaultLimit, maxLimit, true);
    }

    /** The same paginator without the count statement ({@code count} is left out of the envelope). */
    public LimitOffsetPagination withoutCount() {
        return new LimitOffsetPagination(defaultLimit, maxLimit, false);
    }

    @Override
    public Class<LimitOffset> inputType() {
        return LimitOffset.class;
    }

    /** {@code limit}: the default, from 1 to the maximum; {@code offset}: 0 by default, at least 0. */
    @Override
    public List<ParameterSettings> parameterSettings() {
        return List.of(
                ParameterSettings.bounded("limit", defaultLimit, 1, maxLimit),
                ParameterSettings.atLeast("offset", 0, 0));
    }

    @Override
    public java.lang.reflect.Type envelopeType(java.lang.reflect.Type item) {
        return Paginator.parameterized(Page.class, item);
    }

    @Override
    public Window window(LimitOffset input) {
        int limit = Limits.size(input.limit(), defaultLimit, maxLimit, "limit");
        return Window.of(input.offset().orElse(0L), limit, count);
    }

    @Override
    public Page<?> envelope(LimitOffset input, Window window, Paged<?> page) {
        return wrap(page);
    }

    /** Pages {@code source} as {@code input} asks: the typed form of {@link #paginate}. */
    public <T> Page<T> page(LimitOffset input, Source<T> source) {
        return wrap(source.fetch(window(input)));
    }

    static <T> Page<T> wrap(Paged<T> page) {
        Optional<Long> total =
                page.count().isPresent() ? Optional.of(page.count().getAsLong()) : Optional.empty();
        return new Page<>(List.copyOf(page.items()), total);
    }
}
