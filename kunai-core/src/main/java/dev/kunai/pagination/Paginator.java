package dev.kunai.pagination;

/**
 * A pagination scheme: reads its query-parameter record {@code I} into a {@link Window}, then wraps the
 * rows of that window into its envelope {@code E} (Ninja's {@code PaginationBase} with its {@code Input} and
 * {@code Output}). Implement it for a custom paginator or envelope, e.g. DRF's
 * {@code {"count", "next", "previous", "results"}}. Bad input is a client error: throw
 * {@link dev.kunai.validation.RequestValidationException} (422) or {@link dev.kunai.http.HttpError} (400).
 *
 * @param <I> the query-parameter record the handler declares ({@code @Query LimitOffset page})
 * @param <E> the envelope type
 */
public interface Paginator<I, E> {

    /** The query-parameter record this paginator reads (bound from the query string, documented). */
    Class<I> inputType();

    /** The envelope's type for items of type {@code item}, as documented in OpenAPI (e.g. {@code Page<BookSchema>}). */
    java.lang.reflect.Type envelopeType(java.lang.reflect.Type item);

    /**
     * The defaults and bounds this paginator applies to its query parameters, so that the OpenAPI document
     * shows them (e.g. {@code limit}: default 100, minimum 1, maximum 1000); none by default.
     */
    default java.util.List<dev.kunai.operation.ParameterSettings> parameterSettings() {
        return java.util.List.of();
    }

    /**
     * The error responses this paginator can answer by itself, documented on every operation it pages (a cursor
     * paginator's 400 {@code Invalid cursor}); none by default. The 422 for bad page inputs is documented anyway.
     */
    default java.util.List<dev.kunai.operation.ResponseModel> responses() {
        return java.util.List.of();
    }

    /** The window {@code input} asks for. */
    Window window(I input);

    /** The envelope of {@code page}, the rows of {@code window}. */
    E envelope(I input, Window window, Paged<?> page);

    /** {@code envelope<item>}, e.g. {@code Page<BookSchema>}: a helper for {@link #envelopeType}. */
    static java.lang.reflect.Type parameterized(Class<?> envelope, java.lang.reflect.Type item) {
        return com.google.inject.util.Types.newParameterizedType(envelope, item);
    }

    /** Fetches the window of {@code input} from {@code source} and wraps it. */
    default E paginate(I input, Source<?> source) {
        Window window = window(input);
        return envelope(input, window, source.fetch(window));
    }
}
