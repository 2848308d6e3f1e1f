package dev.kunai.test;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.db.Db;
import dev.kunai.pipeline.Application;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.testing.TestClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link KunaiTest}: resolves {@link TestClient} and {@link Db} parameters and
 * empties the database after each test. The client runs the pipeline the application itself assembles
 * ({@link Application}): the named app's, or one over the listed controllers, with the test database bound. That
 * pipeline is built once per test class and closed when the class finishes, which closes what the application's
 * {@code provide(...)} factories made for it (e.g. a Redis connection).
 */
public final class KunaiExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(KunaiExtension.class);

    /** Creates the extension (JUnit does, for {@link KunaiTest}). */
    public KunaiExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestClient.class || type == Db.class || type == TestClient.Async.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Db.class) {
            return db(context);
        }
        TestClient client = client(context);
        return type == TestClient.Async.class ? client.async() : client;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Object db = context.getStore(NS).get("db");
        if (db == null) {
            db = context.getParent().map(p -> p.getStore(NS).get("db")).orElse(null);
        }
        if (db instanceof SharedDb shared) {
            shared.db().truncate();
        }
    }

    private static KunaiTest settings(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        return AnnotationSupport.findAnnotation(testClass, KunaiTest.class)
                .orElseThrow(
                        () -> new ParameterResolutionException(testClass.getName() + " is not annotated @KunaiTest"));
    }

    private static Db db(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NS)
                .getOrComputeIfAbsent(
                        "db",
                        k -> {
                            KunaiTest settings = settings(context);
                            return new SharedDb(TestDatabases.open(
                                    settings.database(),
                                    TestDatabases.packagesOf(settings, context.getRequiredTestClass()),
                                    settings.migrations(),
                                    java.util.Arrays.asList(settings.migrationLocations())));
                        },
                        SharedDb.class)
                .db();
    }

    private static TestClient client(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NS)
                .getOrComputeIfAbsent(
                        "client",
                        k -> {
                            KunaiTest settings = settings(context);
                            Db db = db(context);
                            Application app = application(settings);
                            return new ClassPipeline(app.dispatcher(
                                    setup -> setup.bind(Db.class, db).requestValue(db.requestSessions())));
                        },
                        ClassPipeline.class)
                .client();
    }

    /**
     * What {@code settings} target: its {@code app}, or its {@code controllers} at the root prefix.
     *
     * @throws KunaiConfigurationException when both or neither are given (either one would be silently ignored,
     *     or every request would be a 404)
     */
    static Application application(KunaiTest settings) {
        boolean app = settings.app() != void.class;
        boolean controllers = settings.controllers().length > 0;
        if (app && controllers) {
            throw new KunaiConfigurationException("@KunaiTest: give app or controllers, not both (app = "
                    + settings.app().getName() + " already mounts its own controllers)");
        }
        if (!app && !controllers) {
            throw new KunaiConfigurationException(
                    "@KunaiTest needs app = YourApp.class or controllers = {...}: the client would have no routes");
        }
        return app ? TestApps.load(settings.app()) : Application.ofControllers(settings.controllers());
    }

    /**
     * A test class's pipeline and its client; JUnit closes store values that are {@link AutoCloseable} when the
     * class's context ends, which closes the dispatcher and what it owns.
     */
    private record ClassPipeline(Dispatcher dispatcher, TestClient client) implements AutoCloseable {
        ClassPipeline(Dispatcher dispatcher) {
            this(dispatcher, TestClient.of(dispatcher));
        }

        @Override
        public void close() {
            dispatcher.close();
        }
    }

    /** Holds the run-wide database without handing JUnit something to close when a class finishes. */
    private record SharedDb(Db db) {}

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }
}
