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
 * paged operation at start-up (marked {@code @Paginate}, returning a {@link Source}, or returning a
 * {@code List} when the feature pages {@link #everyList() every list}), adds the paginator's query-parameter record to the operation's inputs, makes
 * the paginator's envelope the documented success type, and pages the {@link Source} the handler returns —
 * in the database when the source is kunai-data's — or the {@code List} it returns (in memory). The feature holds the application's default paginator
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
    private final boolean everyList;

    private PaginationFeature(Paginator<?, ?> defaultPaginator, List<Paginator<?, ?>> others, boolean everyList) {
        this.defaultPaginator = defaultPaginator;
        this.everyList = everyList;
        Map<Class<?>, Paginator<?, ?>> map = new LinkedHashMap<>();
        map.put(defaultPaginator.getClass(), defaultPaginator);
        for (Paginator<?, ?> paginator : others) {
            Paginator<?, ?> previous = map.putIfAbsent(paginator.getClass(), paginator);
            if (previous != null && !previous.equals(paginator)) {
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
        return new PaginationFeature(defaultPaginator, List.of(others), false);
    }

    /**
     * The same feature, also paging every operation that returns a {@code List} without {@code @Paginate}
     * (DRF's {@code DEFAULT_PAGINATION_CLASS}): a whole application paginates its lists by default. Operations
     * returning a {@link Source} are always paged.
     */
    public PaginationFeature everyList() {
        List<Paginator<?, ?>> others = byClass.values().stream()
                .filter(p -> !p.equals(defaultPaginator))
                .toList();
        return new PaginationFeature(defaultPaginator, others, true);
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
        Class<?> result = Types.raw(operation.resultType());
        boolean source = result == Source.class;
        boolean list = result == List.class;
        if (marked.isEmpty() && !source && !(list && everyList)) {
            return;
        }
        String where = operation.model().where();
        if (!source && !list) {
            throw new KunaiConfigurationException(where + " is @Paginate but returns "
                    + operation.resultType().getTypeName() + "; return a Source<T> (e.g. db.source(Entity.class,"
                    + " Schema.class, spec)) so that the database reads only the page, or a List<T>");
        }
        Paginator<?, ?> paginator = marked.isPresent() ? paginatorFor(marked.get(), where) : defaultPaginator;
        paginate(operation, paginator, Types.argument(operation.resultType(), 0), list);
    }

    private <I, E> void paginate(OperationContribution operation, Paginator<I, E> paginator, Type item, boolean list) {
        Input<? extends Record> input =
                operation.queryInputs(paginator.inputType().asSubclass(Record.class), paginator.parameterSettings());
        paginator.responses().forEach(operation::response);
        Class<I> inputType = paginator.inputType();
        operation.transformResult(paginator.envelopeType(item), (result, inputs) -> {
            Source<?> rows = list ? Source.of((List<?>) result) : (Source<?>) result;
            return paginator.paginate(inputType.cast(inputs.get(input)), rows);
        });
    }

    private Paginator<?, ?> paginatorFor(Paginate marked, String where) {
        if (marked.value() == Paginator.class) {
            return defaultPaginator;
        }
        Paginator<?, ?> named = byClass.get(marked.value());
        if (named == null) {
            throw new KunaiConfigurationException(
                    where + " asks for @Paginate(" + marked.value().getSimpleName()
                            + ".class), which PaginationFeature does not have; register it on the application:"
                            + " .feature(PaginationFeature.of(default, "
                            + marked.value().getSimpleName()
                            + ".of(...))) (a test naming single controllers has only the default paginator: test"
                            + " through the application with @KunaiTest(app = ...))");
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
