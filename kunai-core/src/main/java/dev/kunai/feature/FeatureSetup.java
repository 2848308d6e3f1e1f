package dev.kunai.feature;

import dev.kunai.contributor.OperationContributor;
import dev.kunai.errors.ExceptionHandler;
import dev.kunai.inject.RequestValue;
import dev.kunai.stage.OperationStage;

/**
 * What a {@link Feature} can register. Every method rejects {@code null} and returns this setup for chaining.
 * All of it is applied once, when the pipeline is built; nothing is looked up per request.
 */
public interface FeatureSetup {

    /** Adds a stage factory; its stages run in their {@link dev.kunai.stage.StageSlot} on every operation it chooses. */
    FeatureSetup stage(OperationStage stage);

    /** Adds an operation contributor; contributors run in registration order, before stages are created. */
    FeatureSetup contributor(OperationContributor contributor);

    /** Wraps the whole pipeline (routing included); the first registered is the outermost. */
    FeatureSetup middleware(Middleware middleware);

    /** Adds a route at an absolute path (any method), outside every API; app-level exception handlers apply. */
    FeatureSetup route(FeatureRoute route);

    /** Adds routes to every mounted API, relative to its prefix, built from the API and its operation models. */
    FeatureSetup apiRoutes(ApiRoutes routes);

    /**
     * Adds operations defined in code to every mounted API ({@link dev.kunai.operation.Operation}); they follow the
     * API's own operations.
     */
    FeatureSetup apiOperations(ApiOperations operations);

    /** Handles an exception type (and subtypes) in every API unless the API has its own handler for it. */
    <E extends Throwable> FeatureSetup exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler);

    /** Provides a {@link dev.kunai.inject.RequestScoped} type to handlers (opened per request, closed after). */
    FeatureSetup requestValue(RequestValue<?> provider);

    /** Binds {@code type} to {@code instance} in the DI container controllers are created from. */
    <T> FeatureSetup bind(Class<T> type, T instance);
}
