package dev.kunai.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against Kunai: test methods (and constructors) can declare {@link dev.kunai.testing.TestClient}
 * and {@link dev.kunai.data.db.Db} parameters. The test database is created once per run and per URL (pytest's
 * {@code --reuse-db}), its tables built from the models (pytest's {@code --no-migrations}) unless
 * {@link #migrations()} is set, and emptied after every test, so each test starts from a fresh database.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(KunaiExtension.class)
public @interface KunaiTest {

    /**
     * The controllers the client targets, at the root prefix ({@code client.get("/books/")}); give these or
     * {@link #app()}: both, or neither, is a {@code KunaiConfigurationException} when a test first asks for the client.
     */
    Class<?>[] controllers() default {};

    /**
     * The application the client targets instead, exactly as it runs — its APIs at their prefixes, features,
     * middleware, exception handlers, limits and bindings — with the test database in place of its own:
     * a class with one {@code public static KunaiApp app()} factory (any name), or an
     * {@code dev.kunai.pipeline.Application} with a public no-argument constructor.
     */
    Class<?> app() default void.class;

    /** Packages holding the entities (default: the test class's package). */
    String[] packages() default {};

    /**
     * The test database URL; default: the {@code KUNAI_TEST_DATABASE_URL} environment variable, else
     * an in-memory H2 database. {@code "postgres"} means {@code postgres://postgres@127.0.0.1:5432/test}
     * (overridable with {@code KUNAI_TEST_POSTGRES_URL}); such a test is skipped when PostgreSQL is not reachable
     * and the {@code CI} variable is unset, and fails when {@code CI} is set. On PostgreSQL the tests never run in
     * the named database itself: the run creates a database of its own next to it ({@code kunai_test_<random>},
     * like Django's {@code test_<name>}) and drops it when the JVM exits.
     */
    String database() default "";

    /** Build the tables with the project's migrations instead of from the models. */
    boolean migrations() default false;

    /**
     * More Flyway locations applied with {@link #migrations()}, after {@code classpath:db/migration}: those of the
     * modules the application installs, e.g. kunai-auth's {@code "classpath:dev/kunai/auth/migration"}.
     */
    String[] migrationLocations() default {};
}
