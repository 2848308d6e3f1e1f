package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.errors.ExceptionHandler;
import dev.kunai.http.HttpError;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import dev.kunai.inject.Container;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.inject.RequestValue;
import dev.kunai.operation.OperationDefinition;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.OperationModels;
import dev.kunai.routing.PathTemplate;
import dev.kunai.routing.Router;
import dev.kunai.security.Auth;
import dev.kunai.security.Guards;
import dev.kunai.validation.RequestValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole request pipeline behind {@link RequestHandler}: route → bind + validate → invoke → write, with
 * every failure mapped to Kunai's error format. Built once from the mounted APIs; immutable afterwards.
 */
public final class Dispatcher implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Router<Endpoint> router;
    private final Limits limits;
    private final boolean debug;
    private final List<MountedApi> apis;

    private Dispatcher(Router<Endpoint> router, Limits limits, boolean debug, List<MountedApi> apis) {
        this.router = router;
        this.limits = limits;
        this.debug = debug;
        this.apis = List.copyOf(apis);
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mounted APIs with their compiled operation models (for OpenAPI export and tooling). */
    public List<MountedApi> apis() {
        return apis;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        Optional<HttpMethod> parsed = HttpMethod.parse(request.method());
        HttpMethod method = parsed.orElse(HttpMethod.OPTIONS);
        Router.Match<Endpoint> match;
        try {
            match = router.match(method, request.path());
        } catch (RuntimeException e) {
            return ErrorResponses.notFound();
        }
        if (match.status() == 404) {
            return ErrorResponses.notFound();
        }
        if (match.status() == 405 || parsed.isEmpty()) {
            return ErrorResponses.methodNotAllowed(
                    match.status() == 405
                            ? match.allow()
                            : router.match(HttpMethod.GET, request.path()).allow());
        }
        Endpoint endpoint = match.target();
        Exchange exchange = new Exchange(request, limits, match.names(), match.values());
        HttpResponse response;
        try {
            response = endpoint.handle(exchange);
            exchange.closeScoped(false);
        } catch (Throwable failure) {
            try {
                exchange.closeScoped(true);
            } catch (RuntimeException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            response = endpoint.api().failure(failure, exchange);
        }
        return method == HttpMethod.HEAD ? response.forHead() : response;
    }

    /** What a route resolves to: a compiled operation or a built-in page (docs, OpenAPI document). */
    interface Endpoint {
        HttpResponse handle(Exchange exchange) throws Throwable;

        MountedApi api();
    }

    /**
     * One API as mounted: its definition and the models of its operations (paths include the prefix).
     */
    public static final class MountedApi {
        private final KunaiApi api;
        private final List<OperationModel> operations;
        private final Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers;
        private final boolean debug;
        private final ClassValue<Optional<ExceptionHandler<?>>> handlerCache = new ClassValue<>() {
            @Override
            protected Optional<ExceptionHandler<?>> computeValue(Class<?> type) {
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    ExceptionHandler<?> handler = handlers.get(c);
                    if (handler != null) {
                        return Optional.of(handler);
                    }
                }
                return Optional.empty();
            }
        };

        MountedApi(KunaiApi api, List<OperationModel> operations, boolean debug) {
            this.api = api;
            this.operations = List.copyOf(operations);
            this.handlers = api.exceptionHandlers();
            this.debug = debug;
        }

        /** The API definition. */
        public KunaiApi api() {
            return api;
        }

        /** The operation models, paths relative to the API prefix. */
        public List<OperationModel> operations() {
            return operations;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        HttpResponse failure(Throwable failure, Exchange exchange) {
            Optional<ExceptionHandler<?>> custom = handlerCache.get(failure.getClass());
            if (custom.isPresent()) {
                try {
                    var status = ((ExceptionHandler) custom.get()).handle(failure, exchange);
                    return ResultWriter.forType(dev.kunai.http.Status.class, status.code())
                            .write(status, exchange);
                } catch (Throwable e) {
                    LOG.error(
                            "Exception handler for {} failed",
                            failure.getClass().getName(),
                            e);
                    return ErrorResponses.internal();
                }
            }
            if (failure instanceof RequestValidationException invalid) {
                return ErrorResponses.validation(invalid.errors());
            }
            if (failure instanceof HttpError error) {
                return ErrorResponses.detail(error.status(), error.detail());
            }
            LOG.error(
                    "Unhandled error in {} {}",
                    exchange.request().method(),
                    exchange.request().path(),
                    failure);
            if (debug) {
                return ErrorResponses.detail(500, "Internal Server Error: " + failure);
            }
            return ErrorResponses.internal();
        }
    }

    /** Builds a {@link Dispatcher}: mount APIs, choose the container and limits. */
    public static final class Builder {
        private final List<KunaiApi> apis = new ArrayList<>();
        private Container container;
        private Limits limits = Limits.defaults();
        private boolean debug;
        private final List<SystemRoutes> systemRoutes = new ArrayList<>(List.of(new DocsRoutes()));
        private final Map<Class<?>, RequestValue<?>> requestValues = new HashMap<>();

        private Builder() {}

        /** Mounts an API at its prefix. */
        public Builder mount(KunaiApi api) {
            apis.add(api);
            return this;
        }

        /** Mounts several APIs. */
        public Builder mountAll(List<KunaiApi> values) {
            apis.addAll(values);
            return this;
        }

        /** Sets the DI container controllers come from (default: an empty Guice container). */
        public Builder container(Container value) {
            this.container = value;
            return this;
        }

        /** Sets the request limits. */
        public Builder limits(Limits value) {
            this.limits = value;
            return this;
        }

        /** In debug mode a 500's detail names the exception (never the stack trace). */
        public Builder debug(boolean value) {
            this.debug = value;
            return this;
        }

        /** Registers the provider of a {@link dev.kunai.inject.RequestScoped} type (e.g. a database session). */
        public Builder requestValue(RequestValue<?> provider) {
            requestValues.put(provider.type(), provider);
            return this;
        }

        /** Serves neither the OpenAPI document nor Swagger UI, whatever the APIs say (e.g. for benchmarks). */
        public Builder withoutDocs() {
            systemRoutes.removeIf(r -> r instanceof DocsRoutes);
            return this;
        }

        /** Adds built-in routes (e.g. OpenAPI document and docs pages) for each mounted API. */
        public Builder systemRoutes(SystemRoutes routes) {
            systemRoutes.add(routes);
            return this;
        }

        /** Compiles every operation of every API (all reflection happens here) and builds the router. */
        public Dispatcher build() {
            Container c = container != null ? container : GuiceContainer.create();
            Router<Endpoint> router = Router.create();
            List<MountedApi> mounted = new ArrayList<>();
            Map<Class<?>, Object> controllers = new HashMap<>();
            for (KunaiApi api : apis) {
                List<OperationDefinition> definitions = OperationModels.define(api);
                MountedApi m = new MountedApi(
                        api,
                        definitions.stream().map(OperationDefinition::model).toList(),
                        debug);
                mounted.add(m);
                for (OperationDefinition definition : definitions) {
                    Object controller =
                            controllers.computeIfAbsent(definition.model().controller(), c::instance);
                    CompiledOperation operation =
                            CompiledOperation.compile(definition, controller, Map.copyOf(requestValues));
                    OperationModel model = definition.model();
                    Auth auth = Guards.secured(api.auth(), model) ? api.auth().get() : null;
                    router.add(model.method(), PathTemplate.parse(api.prefix() + model.path()), new Endpoint() {
                        @Override
                        public HttpResponse handle(Exchange exchange) throws Throwable {
                            if (auth != null) {
                                Optional<HttpResponse> denied = Guards.check(auth, exchange);
                                if (denied.isPresent()) {
                                    return denied.get();
                                }
                            }
                            return operation.handle(exchange);
                        }

                        @Override
                        public MountedApi api() {
                            return m;
                        }
                    });
                }
                Auth docsAuth = api.docsAuth().orElse(null);
                for (SystemRoutes routes : systemRoutes) {
                    for (SystemRoutes.Route route : routes.routes(api, m.operations())) {
                        router.add(HttpMethod.GET, PathTemplate.parse(api.prefix() + route.path()), new Endpoint() {
                            @Override
                            public HttpResponse handle(Exchange exchange) {
                                if (docsAuth != null) {
                                    Optional<HttpResponse> denied = Guards.check(docsAuth, exchange);
                                    if (denied.isPresent()) {
                                        return denied.get();
                                    }
                                }
                                return route.respond(exchange);
                            }

                            @Override
                            public MountedApi api() {
                                return m;
                            }
                        });
                    }
                }
            }
            return new Dispatcher(router, limits, debug, mounted);
        }
    }
}
