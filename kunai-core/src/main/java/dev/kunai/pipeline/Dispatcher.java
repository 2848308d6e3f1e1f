package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.contributor.OperationContributor;
import dev.kunai.docs.DocsFeature;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.errors.ExceptionHandler;
import dev.kunai.feature.ApiOperations;
import dev.kunai.feature.ApiRoutes;
import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureRoute;
import dev.kunai.feature.FeatureSetup;
import dev.kunai.feature.Middleware;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import dev.kunai.inject.Container;
import dev.kunai.inject.RequestValue;
import dev.kunai.operation.OperationModel;
import dev.kunai.pagination.PaginationFeature;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.permissions.PermissionsFeature;
import dev.kunai.routing.Router;
import dev.kunai.stage.AuthStage;
import dev.kunai.stage.OperationStage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole request pipeline behind {@link RequestHandler}: middleware → route → the matched endpoint's stages
 * (auth → permissions → throttle → before-bind) → bind + validate → invoke → write, with every failure mapped
 * to Kunai's error format. Built once from the mounted APIs and features; immutable afterwards.
 *
 * <p>A dispatcher owns the resources registered with {@link Builder#owns} (e.g. what an application's
 * {@code provide(...)} factories made for this pipeline): {@link #close()} closes them. Whoever builds a
 * dispatcher closes it when done — a started application when it stops, {@code @KunaiTest} after the test class,
 * a test that builds one itself with try-with-resources.
 */
public final class Dispatcher implements RequestHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Router<Endpoint> router;
    private final Limits limits;
    private final List<MountedApi> apis;
    private final RequestHandler chain;
    private final ErrorMapper appErrors;
    private final List<AutoCloseable> owned;
    private final AtomicBoolean closed = new AtomicBoolean();

    Dispatcher(
            Router<Endpoint> router,
            Limits limits,
            List<MountedApi> apis,
            List<Middleware> middleware,
            ErrorMapper appErrors,
            List<AutoCloseable> owned) {
        this.owned = List.copyOf(owned);
        this.router = router;
        this.limits = limits;
        this.apis = List.copyOf(apis);
        this.appErrors = appErrors;
        RequestHandler handler = this::route;
        for (int i = middleware.size() - 1; i >= 0; i--) {
            Middleware m = middleware.get(i);
            RequestHandler next = handler;
            handler = request -> m.handle(request, next);
        }
        this.chain = handler;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mounted APIs with their compiled operation models (for OpenAPI export and tooling). */
    public List<MountedApi> apis() {
        return apis;
    }

    /**
     * Closes the resources this dispatcher owns ({@link Builder#owns}), newest first; a failure is logged and the
     * others are still closed. Later calls do nothing. Requests already running are not waited for: stop the
     * server first.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeAll(owned);
        }
    }

    /** Closes {@code resources} newest first, logging (not throwing) a failure so the others are still closed. */
    static void closeAll(List<AutoCloseable> resources) {
        List<AutoCloseable> newestFirst = new ArrayList<>(resources);
        Collections.reverse(newestFirst);
        for (AutoCloseable resource : newestFirst) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resource.getClass().getName(), e.toString());
            }
        }
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        try {
            return chain.handle(request).normalised();
        } catch (RuntimeException failure) {
            return appErrors.map(failure, new Exchange(request, limits, new String[0], new String[0]));
        }
    }

    private HttpResponse route(HttpRequest request) {
        Optional<HttpMethod> parsed = HttpMethod.parse(request.method());
        HttpMethod method = parsed.orElse(HttpMethod.OPTIONS);
        Router.Match<Endpoint> match = router.match(method, request.path());
        if (match.status() == 400) {
            return ErrorResponses.detail(400, match.detail());
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
        Exchange exchange = new Exchange(request, limits, match.names(), match.values());
        HttpResponse response = match.target().handle(exchange);
        return method == HttpMethod.HEAD ? response.forHead() : response;
    }

    /**
     * One API as mounted: its definition and the final models of its operations (stage responses included;
     * paths relative to the API prefix).
     */
    public static final class MountedApi {
        private final KunaiApi api;
        private final List<OperationModel> operations;

        MountedApi(KunaiApi api, List<OperationModel> operations) {
            this.api = api;
            this.operations = List.copyOf(operations);
        }

        /** The API definition. */
        public KunaiApi api() {
            return api;
        }

        /** The operation models, paths relative to the API prefix. */
        public List<OperationModel> operations() {
            return operations;
        }
    }

    /**
     * Builds a {@link Dispatcher}: mount APIs, choose the container and limits, register features, stages,
     * middleware, routes and exception handlers. Every method rejects {@code null}.
     */
    public static final class Builder implements FeatureSetup {
        final List<KunaiApi> apis = new ArrayList<>();
        Container container;
        Limits limits = Limits.defaults();
        boolean debug;
        final List<ApiRoutes> apiRoutes = new ArrayList<>();
        final List<ApiOperations> apiOperations = new ArrayList<>();
        final Map<Class<?>, RequestValue<?>> requestValues = new HashMap<>();
        final List<OperationStage> stages = new ArrayList<>(List.of(AuthStage.factory()));
        final List<Middleware> middleware = new ArrayList<>();
        final List<FeatureRoute> routes = new ArrayList<>();
        final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers = new LinkedHashMap<>();
        final Map<Class<?>, Object> bindings = new LinkedHashMap<>();
        final List<OperationContributor> contributors = new ArrayList<>();
        final List<AutoCloseable> owned = new ArrayList<>();
        private boolean pagination;
        private boolean docs = true;

        private Builder() {}

        /** Mounts an API at its prefix. */
        public Builder mount(KunaiApi api) {
            apis.add(Objects.requireNonNull(api, "api"));
            return this;
        }

        /** Mounts several APIs. */
        public Builder mountAll(List<KunaiApi> values) {
            Objects.requireNonNull(values, "apis").forEach(this::mount);
            return this;
        }

        /** Sets the DI container controllers come from (default: an empty Guice container). */
        public Builder container(Container value) {
            this.container = Objects.requireNonNull(value, "container");
            return this;
        }

        /**
         * Makes the dispatcher the owner of {@code resource}: {@link Dispatcher#close()} closes it (newest first), and
         * so does a {@link #build()} that fails. {@link #describe()} leaves it alone.
         */
        public Builder owns(AutoCloseable resource) {
            owned.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /** Sets the request limits. */
        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** In debug mode a 500's detail names the exception (never the stack trace). */
        public Builder debug(boolean value) {
            this.debug = value;
            return this;
        }

        /** Registers the provider of a {@link dev.kunai.inject.RequestScoped} type (e.g. a database session). */
        @Override
        public Builder requestValue(RequestValue<?> provider) {
            requestValues.put(Objects.requireNonNull(provider, "requestValue").type(), provider);
            return this;
        }

        /** Serves neither the OpenAPI document nor Swagger UI, whatever the APIs say (e.g. for benchmarks). */
        public Builder withoutDocs() {
            docs = false;
            return this;
        }

        /** Adds built-in GET routes (e.g. extra docs pages) for each mounted API. */
        public Builder systemRoutes(SystemRoutes routes) {
            return apiRoutes(Objects.requireNonNull(routes, "systemRoutes").asApiRoutes());
        }

        /** Sets up a feature now: whatever it registers is added to this builder. */
        public Builder feature(Feature feature) {
            Objects.requireNonNull(feature, "feature").setup(this);
            pagination |= feature instanceof PaginationFeature;
            if (feature instanceof DocsFeature) {
                docs = false; // set up now: the default must not add its routes twice
            }
            return this;
        }

        @Override
        public Builder stage(OperationStage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        @Override
        public Builder contributor(OperationContributor contributor) {
            contributors.add(Objects.requireNonNull(contributor, "contributor"));
            return this;
        }

        @Override
        public Builder middleware(Middleware value) {
            middleware.add(Objects.requireNonNull(value, "middleware"));
            return this;
        }

        @Override
        public Builder route(FeatureRoute route) {
            routes.add(Objects.requireNonNull(route, "route"));
            return this;
        }

        @Override
        public Builder apiOperations(ApiOperations value) {
            apiOperations.add(Objects.requireNonNull(value, "operations"));
            return this;
        }

        @Override
        public Builder apiRoutes(ApiRoutes value) {
            apiRoutes.add(Objects.requireNonNull(value, "routes"));
            return this;
        }

        @Override
        public <E extends Throwable> Builder exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
            exceptionHandlers.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        @Override
        public <T> Builder bind(Class<T> type, T instance) {
            bindings.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(instance, "instance"));
            return this;
        }

        /**
         * Compiles every operation of every API (all reflection happens here) and builds the router. Features
         * set up by default: {@link DocsFeature} (unless {@link #withoutDocs()}); unless one was registered,
         * {@link PermissionsFeature#allowAny()} (so {@link dev.kunai.permissions.Permissions} is never silently
         * ignored) and {@link PaginationFeature#defaults()} for {@code @Paginate} (Ninja's {@code @paginate}
         * needs no set-up either).
         */
        public Dispatcher build() {
            try {
                withDefaultFeatures();
                return new Assembler(this).assemble();
            } catch (RuntimeException e) {
                closeAll(owned);
                throw e;
            }
        }

        /**
         * The mounted APIs with their final operation models — contributors and stages applied, exactly as
         * {@link #build()} would serve and document them — without instantiating controllers or compiling
         * anything (for exporting the OpenAPI document without a database).
         */
        public List<MountedApi> describe() {
            withDefaultFeatures();
            return new Assembler(this).describe();
        }

        private void withDefaultFeatures() {
            if (!requestValues.containsKey(ObjectPermissions.class)) {
                feature(PermissionsFeature.allowAny());
            }
            if (!pagination) {
                feature(PaginationFeature.defaults());
            }
            if (docs) {
                feature(DocsFeature.create());
            }
        }
    }
}
