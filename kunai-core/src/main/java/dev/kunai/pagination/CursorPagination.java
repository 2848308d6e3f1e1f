package dev.kunai.pagination;

import dev.kunai.operation.ParameterSettings;
import dev.kunai.operation.ResponseModel;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Ninja's cursor paginator: {@code ?cursor=&page_size=} in, {@code {"results", "next", "previous"}} out.
 * The order is the source's order with the unique id last (kunai-data appends it), so it is stable; a page
 * is the rows after (or before) a keyset position, found by an index, never by counting or skipping rows.
 * Cursors are opaque and signed (HMAC-SHA256): a forged or truncated one is a 400. A cursor is only valid
 * for the order it was made with; give each ordering its own paginator secret or keep the order fixed.
 */
public final class CursorPagination implements Paginator<CursorQuery, CursorPage<?>> {

    private final int defaultSize;
    private final int maxSize;
    private final Cursors cursors;

    private CursorPagination(int defaultSize, int maxSize, byte[] secret) {
        Limits.check(defaultSize, maxSize);
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
        this.cursors = new Cursors(secret);
    }

    /**
     * A paginator with this default and maximum page size, signing cursors with {@code secret} (≥ 32 bytes;
     * use the application's secret key so cursors survive restarts and work across instances).
     */
    public static CursorPagination of(int defaultSize, int maxSize, byte[] secret) {
        return new CursorPagination(defaultSize, maxSize, secret);
    }

    /** A paginator whose secret is random: its cursors stop working when the process restarts. */
    public static CursorPagination withRandomSecret(int defaultSize, int maxSize) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new CursorPagination(defaultSize, maxSize, secret);
    }

    @Override
    public Class<CursorQuery> inputType() {
        return CursorQuery.class;
    }

    /** {@code page_size}: the default, from 1 to the maximum. */
    /** A forged, truncated or foreign cursor is a 400 {@code {"detail": "Invalid cursor"}} ({@link Cursors}). */
    @Override
    public List<ResponseModel> responses() {
        return List.of(ResponseModel.error(400, "Invalid cursor"));
    }

    @Override
    public List<ParameterSettings> parameterSettings() {
        return List.of(ParameterSettings.bounded("page_size", defaultSize, 1, maxSize));
    }

    @Override
    public java.lang.reflect.Type envelopeType(java.lang.reflect.Type item) {
        return Paginator.parameterized(CursorPage.class, item);
    }

    @Override
    public Window window(CursorQuery input) {
        int size = Limits.size(input.pageSize(), defaultSize, maxSize, "page_size");
        return new Window(0, size, false, input.cursor().map(cursors::decode));
    }

    @Override
    public CursorPage<?> envelope(CursorQuery input, Window window, Paged<?> page) {
        return wrap(window, page);
    }

    /** Pages {@code source} as {@code input} asks: the typed form of {@link #paginate}. */
    public <T> CursorPage<T> page(CursorQuery input, Source<T> source) {
        Window window = window(input);
        return wrap(window, source.fetch(window));
    }

    private <T> CursorPage<T> wrap(Window window, Paged<T> page) {
        boolean backward = window.keyset().map(Window.Keyset::backward).orElse(false);
        boolean started = window.keyset().isPresent();
        // Reading forward: a next page when the source saw more rows; a previous one when we started at a cursor.
        boolean hasNext = backward ? started : page.more();
        boolean hasPrevious = backward ? page.more() : started;
        Optional<String> next = hasNext
                ? page.lastKey().map(k -> cursors.encode(new Window.Keyset(k, false, page.order())))
                : Optional.empty();
        Optional<String> previous = hasPrevious
                ? page.firstKey().map(k -> cursors.encode(new Window.Keyset(k, true, page.order())))
                : Optional.empty();
        return new CursorPage<>(page.items(), next, previous);
    }
}
