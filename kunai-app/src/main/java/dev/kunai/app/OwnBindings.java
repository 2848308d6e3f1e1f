package dev.kunai.app;

import dev.kunai.contributor.OperationContributor;
import dev.kunai.errors.ExceptionHandler;
import dev.kunai.feature.ApiOperations;
import dev.kunai.feature.ApiRoutes;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.feature.FeatureSetup;
import dev.kunai.feature.Middleware;
import dev.kunai.inject.RequestValue;
import dev.kunai.stage.OperationStage;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link FeatureSetup} that passes everything to the pipeline's setup except instance bindings, which go into
 * the application's own injector (so that {@link KunaiApp#provide} factories and Guice modules see, e.g., the
 * {@code Db} a test binds), replacing the application's binding of the same type.
 */
final class OwnBindings implements FeatureSetup {

    private final FeatureSetup setup;
    private final Map<Class<?>, Object> bindings;

    private OwnBindings(FeatureSetup setup, Map<Class<?>, Object> bindings) {
        this.setup = setup;
        this.bindings = bindings;
    }

    /** {@code setup}, with bindings put into {@code bindings}. */
    static FeatureSetup into(FeatureSetup setup, Map<Class<?>, Object> bindings) {
        return new OwnBindings(setup, bindings);
    }

    @Override
    public FeatureSetup stage(OperationStage stage) {
        setup.stage(stage);
        return this;
    }

    @Override
    public FeatureSetup contributor(OperationContributor contributor) {
        setup.contributor(contributor);
        return this;
    }

    @Override
    public FeatureSetup middleware(Middleware middleware) {
        setup.middleware(middleware);
        return this;
    }

    @Override
    public FeatureSetup route(FeatureRoute route) {
        setup.route(route);
        return this;
    }

    @Override
    public FeatureSetup apiRoutes(ApiRoutes routes) {
        setup.apiRoutes(routes);
        return this;
    }

    @Override
    public FeatureSetup apiOperations(ApiOperations operations) {
        setup.apiOperations(operations);
        return this;
    }

    @Override
    public <E extends Throwable> FeatureSetup exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        setup.exceptionHandler(type, handler);
        return this;
    }

    @Override
    public FeatureSetup requestValue(RequestValue<?> provider) {
        setup.requestValue(provider);
        return this;
    }

    @Override
    public <T> FeatureSetup bind(Class<T> type, T instance) {
        Objects.requireNonNull(type, "type");
        bindings.put(type, type.cast(Objects.requireNonNull(instance, "instance")));
        return this;
    }
}
