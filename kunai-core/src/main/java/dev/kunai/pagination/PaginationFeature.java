package dev.kunai.pagination;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.binding.Types;
import dev.kunai.contributor.Input;
import dev.kunai.contributor.OperationContribution;
import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureSetup;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs {@link Paginate @Paginate} (Django Ninja's {@code @paginate}): an operation contributor that, once per
 * marked operation at start-up, adds the paginator's query-parameter record to the operation's inputs, makes
 * the paginator's envelope the documented success type, and pages the {@link Source} the handler returns —
 * in the database when the source is kunai-data's. The feature holds the application's default paginator
 * (Ninja's {@code NINJA_PAGINATION_CLASS}, {@code LimitOffsetPagination} with limit 100 unless given) and the
 * other paginators operations may name.
 *
 * <pre>{@code
 * Kunai.app().feature(PaginationFeature.of(LimitOffsetPagination.of(20, 500), PageNumberPagination.of(20, 100)))
 * }</pre>
 *
 * <p>Per request the work is one bind of the query record (with the handler's own parameters, every error
 * reported at once as 422) and one call to {@link Paginator#paginate}; nothing is looked up by name.
 */
public final class PaginationFeature implements Feature {

    private final Paginator<?, ?> defaultPaginator;
    private final Map<Class<?>, Paginator<?, ?>> byClass;

    private PaginationFeature(Paginator<?, ?> defaultPaginator, List<Paginator<?, ?>> others) {
        this.defaultPaginator = defaultPaginator;
        Map<Class<?>, Paginator<?, ?>> map = new LinkedHashMap<>();
        map.put(defaultPaginator.getClass(), defaultPaginator);
        for (Paginator<?, ?> paginator : others) {
            Paginator<?, ?> previous = map.putIfAbsent(paginator.getClass(), paginator);
            if (previous != null && previous != paginator) {
                throw new KunaiConfigurationException("PaginationFeature has two paginators of class "
                        + paginator.getClass().getSimpleName() + "; @Paginate names a paginator by its class");
            }
        }
        this.byClass = Map.copyOf(map);
        byClass.values().forEach(PaginationFeature::requireRecordInput);
    }

    /** Ninja's defaults: {@link LimitOffsetPagination#defaults()} (limit 100, maximum 1000) for every {@code @Paginate}. */
    public static PaginationFeature defaults() {
        return of(LimitOffsetPagination.defaults());
    }

    /**
     * A feature whose plain {@code @Paginate} uses {@code defaultPaginator}, and whose
     * {@code @Paginate(SomePagination.class)} may name any of {@code others} (one paginator per class).
     *
     * @throws KunaiConfigurationException when two paginators share a class, or a paginator's input type is not
     *     a record (its components are the query parameters)
     */
    public static PaginationFeature of(Paginator<?, ?> defaultPaginator, Paginator<?, ?>... others) {
        Objects.requireNonNull(defaultPaginator, "defaultPaginator");
        return new PaginationFeature(defaultPaginator, List.of(others));
    }

    /** The paginator a plain {@code @Paginate} uses. */
    public Paginator<?, ?> defaultPaginator() {
        return defaultPaginator;
    }

    @Override
    public void setup(FeatureSetup setup) {
        setup.contributor(this::contribute);
    }

    private void contribute(OperationContribution operation) {
        Optional<Paginate> marked = operation.model().annotation(Paginate.class);
        if (marked.isEmpty()) {
            return;
        }
        String where = operation.model().controller().getSimpleName() + "."
                + operation.model().handler().getName();
        Paginator<?, ?> paginator = paginatorFor(marked.get(), where);
        Type result = operation.resultType();
        if (Types.raw(result) != Source.class) {
            throw new KunaiConfigurationException(where + " is @Paginate but returns " + result.getTypeName()
                    + "; return a Source<T> (e.g. db.source(Entity.class, Schema.class, spec)) so that the"
                    + " database reads only the page, or Source.of(list) to page a list in memory");
        }
        Type item = Types.argument(result, 0);
        paginate(operation, paginator, item);
    }

    private <I, E> void paginate(OperationContribution operation, Paginator<I, E> paginator, Type item) {
        Input<? extends Record> input =
                operation.queryInputs(paginator.inputType().asSubclass(Record.class));
        Class<I> inputType = paginator.inputType();
        operation.transformResult(
                paginator.envelopeType(item),
                (result, inputs) -> paginator.paginate(inputType.cast(inputs.get(input)), (Source<?>) result));
    }

    private Paginator<?, ?> paginatorFor(Paginate marked, String where) {
        if (marked.value() == Paginator.class) {
            return defaultPaginator;
        }
        Paginator<?, ?> named = byClass.get(marked.value());
        if (named == null) {
            throw new KunaiConfigurationException(
                    where + " asks for @Paginate(" + marked.value().getSimpleName()
                            + ".class), which PaginationFeature does not have; register it: PaginationFeature.of(default, "
                            + marked.value().getSimpleName() + ".of(...))");
        }
        return named;
    }

    private static void requireRecordInput(Paginator<?, ?> paginator) {
        if (!paginator.inputType().isRecord()) {
            throw new KunaiConfigurationException(paginator.getClass().getSimpleName() + "'s input type "
                    + paginator.inputType().getSimpleName() + " must be a record: its components are the query"
                    + " parameters @Paginate adds");
        }
    }
}
