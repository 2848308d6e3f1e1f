package dev.kunai.app;

import com.google.inject.Module;
import dev.kunai.KunaiApi;
import dev.kunai.app.commands.ManageCommand;
import dev.kunai.app.settings.Settings;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.errors.ExceptionHandler;
import dev.kunai.feature.Feature;
import dev.kunai.feature.Middleware;
import dev.kunai.inject.Container;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.jetty.JettyServer;
import dev.kunai.pipeline.Application;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.pipeline.Limits;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kunai application (Django's project: settings + urls + manage.py): the mounted APIs, the databases,
 * extra DI bindings, and {@link #run(String...)}, which gives the project its commands
 * ({@code runserver}, {@code migrate}, {@code makemigrations}, {@code showmigrations}, {@code openapi}).
 */
public final class KunaiApp implements Application {

    private static final Logger LOG = LoggerFactory.getLogger(KunaiApp.class);

    private Settings settings = Settings.load();
    private final List<KunaiApi> apis = new ArrayList<>();
    private final List<Database> databases = new ArrayList<>();
    private Optional<String> readsFrom = Optional.empty();
    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final List<Module> modules = new ArrayList<>();
    private final List<Provided.Registration<?>> provided = new ArrayList<>();
    private final List<AutoCloseable> closeOnStop = new ArrayList<>();
    private final List<Consumer<RunningApp>> startHooks = new ArrayList<>();
    private UnaryOperator<Database> databaseCustomizer = UnaryOperator.identity();
    private final List<Feature> features = new ArrayList<>();

    private KunaiApp() {}

    static KunaiApp create() {
        return new KunaiApp();
    }

    /** Replaces the settings (default: {@code kunai.properties} + environment). */
    public KunaiApp settings(Settings value) {
        this.settings = value;
        return this;
    }

    /** The settings in use. */
    public Settings settings() {
        return settings;
    }

    /** Mounts an API at {@code prefix} (e.g. {@code "/api/"}). */
    public KunaiApp mount(String prefix, KunaiApi api) {
        apis.add(api.withPrefix(prefix));
        return this;
    }

    /** Mounts an API at its own prefix. */
    public KunaiApp mount(KunaiApi api) {
        apis.add(api);
        return this;
    }

    /** Adds a database; the first (or the one named "default") is the primary. */
    public KunaiApp database(Database database) {
        databases.add(database);
        return this;
    }

    /** Sends reads to the named database (a replica); transactions stay on the primary. */
    public KunaiApp readsFrom(String name) {
        this.readsFrom = Optional.of(name);
        return this;
    }

    /** Binds a type to an instance in the DI container (controllers can inject it). */
    public <T> KunaiApp bind(Class<T> type, T instance) {
        instances.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(instance, "instance"));
        return this;
    }

    /**
     * Binds {@code type} to what {@code factory} makes from the DI container — which holds the application's
     * {@code Db} and {@link Settings} — the first time a controller, an authenticator or another factory asks for
     * it; one instance per started application (per built pipeline). For parts that need the database, which opens
     * only when the application starts:
     *
     * <pre>{@code
     * .provide(JwtTokens.class, container -> JwtTokens.builder(
     *         JwtSettings.fromSettings(container.instance(Settings.class)::get), container.instance(Users.class)).build())
     * }</pre>
     *
     * Nothing is made while the {@code openapi} command describes the application. An instance that is
     * {@link AutoCloseable} (e.g. a Redis store) is closed when the started application stops, before the
     * databases, or, in a pipeline built by {@link #dispatcher(Feature)} (a test's), when that dispatcher is closed.
     * A failing factory stops start-up with its message.
     */
    public <T> KunaiApp provide(Class<T> type, Function<Container, ? extends T> factory) {
        provided.add(new Provided.Registration<>(type, factory));
        return this;
    }

    /**
     * Closes {@code resource} when the started application stops, after the server and before the databases
     * (e.g. a {@code Redis} connection made in {@code main}); resources close newest first.
     */
    public KunaiApp closeOnStop(AutoCloseable resource) {
        closeOnStop.add(Objects.requireNonNull(resource, "resource"));
        return this;
    }

    /** Adds a Guice module. */
    public KunaiApp module(Module module) {
        modules.add(Objects.requireNonNull(module, "module"));
        return this;
    }

    /**
     * Installs a feature (routes, stages, middleware, exception handlers, request values, bindings); the server
     * and every client built from this application run it. Features are set up in registration order. Without a
     * {@link ThrottleFeature} of its own, the application throttles from its {@code throttle.*} settings in memory
     * ({@link Throttling#fromSettings(java.util.function.Function)}); registering one (e.g. with a Redis store)
     * replaces that.
     */
    public KunaiApp feature(Feature feature) {
        features.add(Objects.requireNonNull(feature, "feature"));
        return this;
    }

    /** Wraps the whole pipeline in {@code middleware} (a one-line feature); the first registered is outermost. */
    public KunaiApp middleware(Middleware middleware) {
        Objects.requireNonNull(middleware, "middleware");
        return feature(setup -> setup.middleware(middleware));
    }

    /** Handles an exception type in every mounted API that has no handler of its own for it. */
    public <E extends Throwable> KunaiApp exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        return feature(setup -> setup.exceptionHandler(type, handler));
    }

    /** Runs after the server starts (e.g. to seed data). */
    public KunaiApp onStart(Consumer<RunningApp> hook) {
        startHooks.add(hook);
        return this;
    }

    /** Applies a change to every database before it opens (the commands use it, e.g. to apply migrations). */
    KunaiApp customizeDatabases(UnaryOperator<Database> customizer) {
        this.databaseCustomizer = customizer;
        return this;
    }

    /** The mounted APIs. */
    public List<KunaiApi> apis() {
        return List.copyOf(apis);
    }

    /** The configured databases, with settings applied ({@code database.migrate-on-start}, {@code database.connect-timeout}). */
    public List<Database> databases() {
        boolean migrate = settings.getBoolean("database.migrate-on-start", true);
        Optional<Duration> connectTimeout = settings.get("database.connect-timeout")
                .map(v -> settings.getDuration("database.connect-timeout", Database.DEFAULT_CONNECT_TIMEOUT));
        return databases.stream()
                .map(d -> d.applyMigrations(migrate))
                .map(d -> connectTimeout.map(d::connectTimeout).orElse(d))
                .map(databaseCustomizer)
                .toList();
    }

    /** Runs the project command given in {@code args} ({@code runserver} when empty); exits with its status. */
    public void run(String... args) {
        int status = ManageCommand.execute(this, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Opens the databases (when any are configured). */
    public Optional<Db> openDb() {
        List<Database> configured = databases();
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        Db.Builder builder = Db.builder();
        configured.forEach(builder::database);
        readsFrom.ifPresent(builder::readsFrom);
        return Optional.of(builder.build());
    }

    /**
     * Builds the request pipeline over {@code db} (all reflection and document rendering happen here). The caller
     * owns the returned dispatcher: {@link Dispatcher#close()} closes what {@link #provide} made for it (not
     * {@code db}, nor what {@link #closeOnStop} registered: those belong to a started application).
     */
    public Dispatcher dispatcher(Db db) {
        return dispatcher(Optional.of(Objects.requireNonNull(db, "db")), new Provided());
    }

    private Dispatcher dispatcher(Optional<Db> db, Provided made) {
        // Db goes into the application's own injector, so its Guice modules (seeders, eager singletons) can use it.
        return pipeline(setup -> db.ifPresent(d -> setup.bind(Db.class, d).requestValue(d.requestSessions())), made)
                .owns(made)
                .build();
    }

    /**
     * Builds the request pipeline — the one assembly path of the server, {@code TestClient.of(app.dispatcher(...))}
     * and {@code @KunaiTest(app = ...)} — installing {@code overrides} after the application's own features. What
     * {@code overrides} binds (e.g. a test's {@code Db}) goes into the application's own injector, as
     * {@link #bind} does, so {@link #provide} factories and Guice modules can use it. The caller owns the
     * returned dispatcher: {@link Dispatcher#close()} closes what {@link #provide} made for it ({@code @KunaiTest}
     * does after the test class).
     */
    @Override
    public Dispatcher dispatcher(Feature overrides) {
        Provided made = new Provided();
        return pipeline(Objects.requireNonNull(overrides, "overrides"), made)
                .owns(made)
                .build();
    }

    /**
     * The mounted APIs with their final operation models, as {@link #dispatcher(Db)} would serve and
     * document them (features' contributors and stages applied), without a database and without creating
     * controllers: what {@code openapi} exports.
     */
    public List<Dispatcher.MountedApi> describe() {
        return pipeline(setup -> {}, new Provided()).describe();
    }

    private Dispatcher.Builder pipeline(Feature overrides, Provided made) {
        Dispatcher.Builder builder = Dispatcher.builder()
                .limits(limits())
                .debug(settings.getBoolean("debug", false))
                .mountAll(apis);
        features.forEach(builder::feature);
        if (features.stream().noneMatch(ThrottleFeature.class::isInstance)) {
            builder.feature(
                    ThrottleFeature.of(Throttling.fromSettings(settings::get).build()));
        }
        Map<Class<?>, Object> bound = new LinkedHashMap<>(instances);
        bound.putIfAbsent(Settings.class, settings);
        builder.feature(setup -> overrides.setup(OwnBindings.into(setup, bound)));
        GuiceContainer.Builder container = GuiceContainer.builder();
        bound.forEach((type, instance) -> bindInstance(container, type, instance));
        modules.forEach(container::module);
        container.module(made.module(provided));
        return builder.container(container.build());
    }

    @SuppressWarnings("unchecked") // the map holds each type with an instance of it (bind and OwnBindings check)
    private static <T> void bindInstance(GuiceContainer.Builder container, Class<T> type, Object instance) {
        container.bind(type, (T) instance);
    }

    private Limits limits() {
        Limits d = Limits.defaults();
        return new Limits(
                settings.getLong("limits.max-body-bytes", d.maxBodyBytes()),
                settings.getInt("limits.max-query-params", d.maxQueryParams()),
                settings.getInt("limits.max-form-fields", d.maxFormFields()),
                settings.getLong("limits.max-file-bytes", d.maxFileBytes()),
                settings.getLong("limits.max-multipart-bytes", d.maxMultipartBytes()));
    }

    /** The server options from settings ({@code server.host}, {@code server.port}, ...). */
    public ServerOptions serverOptions() {
        ServerOptions d = ServerOptions.defaults();
        return ServerOptions.builder()
                .host(settings.get("server.host", d.host()))
                .port(settings.getInt("server.port", d.port()))
                .maxRequestHeaderBytes(settings.getInt("server.max-header-bytes", d.maxRequestHeaderBytes()))
                .idleTimeout(settings.getDuration("server.idle-timeout", d.idleTimeout()))
                .stopTimeout(settings.getDuration("server.stop-timeout", d.stopTimeout()))
                .maxConcurrentRequests(settings.getInt("server.max-concurrent-requests", d.maxConcurrentRequests()))
                .build();
    }

    /**
     * Opens the databases, builds the pipeline and starts the server with {@code options}; stopping it closes what
     * {@link #provide} made and {@link #closeOnStop} registered, then the databases.
     */
    public RunningApp start(ServerOptions options) {
        long started = System.nanoTime();
        Optional<Db> db = openDb();
        List<AutoCloseable> resources = new ArrayList<>(closeOnStop);
        try {
            Dispatcher dispatcher = dispatcher(db, new Provided()); // closes what provide(...) made, on failure too
            resources.add(dispatcher);
            RunningServer server = JettyServer.create().start(dispatcher, options);
            RunningApp app = new RunningApp(server, dispatcher, db, resources);
            LOG.info(
                    "Started in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            startHooks.forEach(hook -> hook.accept(app));
            return app;
        } catch (RuntimeException e) {
            RunningApp.closeAll(resources);
            db.ifPresent(Db::close);
            throw e;
        }
    }
}
