package dev.kunai.pagination;

import dev.kunai.operation.ParameterSettings;
import java.util.List;

/**
 * Ninja's page-number paginator: {@code ?page=&page_size=} in (pages from 1; a size above the maximum is a
 * 422), {@code {"items": [...], "count": N}} out.
 */
public final class PageNumberPagination implements Paginator<PageNumber, Page<?>> {

    private final int defaultSize;
    private final int maxSize;

    private PageNumberPagination(int defaultSize, int maxSize) {
        Limits.check(defaultSize, maxSize);
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** A paginator with this default and maximum page size (1 ≤ default ≤ max). */
    public static PageNumberPagination of(int defaultSize, int maxSize) {
        return new PageNumberPagination(defaultSize, maxSize);
    }

    @Override
    public Class<PageNumber> inputType() {
        return PageNumber.class;
    }

    /** {@code page}: 1 by default, at least 1; {@code page_size}: the default, from 1 to the maximum. */
    @Override
    public List<ParameterSettings> parameterSettings() {
        return List.of(
                ParameterSettings.atLeast("page", 1, 1),
                ParameterSettings.bounded("page_size", defaultSize, 1, maxSize));
    }

    @Override
    public java.lang.reflect.Type envelopeType(java.lang.reflect.Type item) {
        return Paginator.parameterized(Page.class, item);
    }

    @Override
    public Window window(PageNumber input) {
        int size = Limits.size(input.pageSize(), defaultSize, maxSize, "page_size");
        long page = input.page().orElse(1);
        return Window.of((page - 1) * size, size, true);
    }

    @Override
    public Page<?> envelope(PageNumber input, Window window, Paged<?> page) {
        return LimitOffsetPagination.wrap(page);
    }

    /** Pages {@code source} as {@code input} asks: the typed form of {@link #paginate}. */
    public <T> Page<T> page(PageNumber input, Source<T> source) {
        return LimitOffsetPagination.wrap(source.fetch(window(input)));
    }
}
