package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.feature.ApiOperations;
import dev.kunai.feature.ApiRoutes;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.inject.Container;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.inject.RequestValue;
import dev.kunai.operation.Operation;
import dev.kunai.operation.OperationDefinition;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.OperationModels;
import dev.kunai.operation.ResponseModel;
import dev.kunai.routing.PathTemplate;
import dev.kunai.routing.Router;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link Dispatcher.Builder}'s registrations into the running pipeline, once: reads the operation
 * models, compiles each operation's stage array (stage factories ordered by slot, then registration, each given
 * a {@link StageContext} over the container and the shared instances), adds the
 * stages' documented responses to the models, instantiates controllers, compiles binders and writers, and
 * registers every endpoint (operations, API routes, feature routes) in the router.
 */
final class Assembler {

    private final Dispatcher.Builder builder;
    private final Container container;
    private final Map<Class<?>, RequestValue<?>> requestValues;
    private final List<OperationStage> stages;
    private final Router<Endpoint> router = Router.create();
    private final Map<Class<?>, Object> controllers = new HashMap<>();
    private boolean describing;

    /** The context stage factories get for the operations of {@code api}. */
    private StageContext contextFor(KunaiApi api) {
        return new StageContext() {
            @Override
            public KunaiApi api() {
                return api;
            }

            @Override
            public Container container() {
                return container;
            }

            @Override
            public <T> T instance(Class<T> type) {
                return type.cast(controllers.computeIfAbsent(type, container::instance));
            }

            @Override
            public boolean describing() {
                return describing;
            }
        };
    }

    Assembler(Dispatcher.Builder builder) {
        this.builder = builder;
        Container base = builder.container != null ? builder.container : GuiceContainer.create();
        this.container = builder.bindings.isEmpty() ? base : withBindings(base, Map.copyOf(builder.bindings));
        this.requestValues = Map.copyOf(builder.requestValues);
        List<OperationStage> ordered = new ArrayList<>(builder.stages);
        ordered.sort(Comparator.comparing(OperationStage::slot)); // stable: registration order within a slot
        this.stages = List.copyOf(ordered);
    }

    Dispatcher assemble() {
        List<Dispatcher.MountedApi> mounted = new ArrayList<>();
        for (KunaiApi api : builder.apis) {
            mounted.add(mount(withFeatureOperations(api)));
        }
        ErrorMapper appErrors = ErrorMapper.of(Map.of(), builder.exceptionHandlers, builder.debug);
        for (FeatureRoute route : builder.routes) {
            add(route, "", appErrors);
        }
        return new Dispatcher(
                router, builder.limits, mounted, List.copyOf(builder.middleware), appErrors, builder.owned);
    }

    /** The mounted APIs' final models (contributors and stages applied) without compiling or instantiating anything. */
    List<Dispatcher.MountedApi> describe() {
        describing = true;
        List<Dispatcher.MountedApi> out = new ArrayList<>();
        for (KunaiApi declared : builder.apis) {
            KunaiApi api = withFeatureOperations(declared);
            List<OperationModel> models = new ArrayList<>();
            StageContext context = contextFor(api);
            for (OperationDefinition original : OperationModels.define(api)) {
                models.add(define(original, context).definition().model());
            }
            out.add(new Dispatcher.MountedApi(api, models));
        }
        return out;
    }

    private Dispatcher.MountedApi mount(KunaiApi api) {
        ErrorMapper errors = ErrorMapper.of(api.exceptionHandlers(), builder.exceptionHandlers, builder.debug);
        List<OperationModel> models = new ArrayList<>();
        StageContext context = contextFor(api);
        for (OperationDefinition original : OperationModels.define(api)) {
            Defined defined = define(original, context);
            OperationModel model = defined.definition().model();
            models.add(model);
            CompiledOperation operation = CompiledOperation.compile(
                    defined.definition(),
                    type -> controllers.computeIfAbsent(type, container::instance),
                    requestValues,
                    defined.extras());
            router.add(
                    model.method(),
                    PathTemplate.parse(api.prefix() + model.path()),
                    new Endpoint(defined.stages(), operation::handle, errors));
        }
        for (ApiRoutes routes : builder.apiRoutes) {
            for (FeatureRoute route : routes.routes(api, List.copyOf(models), context)) {
                add(route, api.prefix(), errors);
            }
        }
        return new Dispatcher.MountedApi(api, models);
    }

    /** {@code api} with the operations the features define for it in code. */
    private KunaiApi withFeatureOperations(KunaiApi api) {
        List<Operation> added = new ArrayList<>();
        for (ApiOperations operations : builder.apiOperations) {
            added.addAll(operations.operations(api));
        }
        return added.isEmpty() ? api : api.withOperations(added);
    }

    /** One operation as the contributors and stage factories leave it: the one path to an operation's final model. */
    private record Defined(OperationDefinition definition, Stage[] stages, CompiledOperation.Extras extras) {}

    private Defined define(OperationDefinition original, StageContext context) {
        Contributions contributions = new Contributions(original);
        builder.contributors.forEach(contributor -> contributor.contribute(contributions));
        OperationDefinition contributed = contributions.definition();
        Stage[] operationStages = stagesFor(contributed.model(), context);
        List<ResponseModel> documented = new ArrayList<>();
        for (Stage stage : operationStages) {
            documented.addAll(stage.responses());
        }
        OperationModel model = contributed.model().withResponses(documented);
        return new Defined(contributed.withModel(model), operationStages, contributions.extras());
    }

    private Stage[] stagesFor(OperationModel model, StageContext context) {
        List<Stage> out = new ArrayList<>();
        for (OperationStage factory : stages) {
            Optional<Stage> stage = factory.create(model, context);
            stage.ifPresent(out::add);
        }
        return out.toArray(Stage[]::new);
    }

    private void add(FeatureRoute route, String prefix, ErrorMapper errors) {
        String path = route.path().startsWith("/") ? route.path() : "/" + route.path();
        router.add(
                route.method(),
                PathTemplate.parse(prefix + path),
                new Endpoint(
                        route.stages().toArray(Stage[]::new),
                        exchange -> exchange.withResponseHeaders(route.handler().handle(exchange)),
                        errors));
    }

    /** {@code base} with the features' instance bindings (a Guice child injector, else a lookup in front). */
    private static Container withBindings(Container base, Map<Class<?>, Object> bindings) {
        if (base instanceof GuiceContainer guice) {
            return guice.withInstances(bindings);
        }
        return new Container() {
            @Override
            public <T> T instance(Class<T> type) {
                Object bound = bindings.get(type);
                return bound != null ? type.cast(bound) : base.instance(type);
            }
        };
    }
}
