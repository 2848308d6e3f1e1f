package dev.kunai.data.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.HashMap;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.hibernate.jpa.boot.spi.PersistenceConfigurationDescriptor;
import org.hibernate.tool.schema.Action;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** How Kunai configures HikariCP and Hibernate ORM; shared by {@link Db} and the migrations commands. */
public final class OrmSettings {

    private static final class Validators {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private OrmSettings() {}

    /** Opens a connection pool for {@code database}, or throws a one-line {@link DatabaseException} if it cannot connect. */
    public static HikariDataSource pool(Database database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kunai-" + database.name());
        String jdbcUrl = database.url().jdbcUrl();
        if (database.url().kind() == DatabaseUrl.Kind.H2
                && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            // Kunai closes the pool itself after a graceful stop; H2's own JVM shutdown hook would close the
            // database under the requests still in flight on SIGTERM.
            jdbcUrl += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        config.setJdbcUrl(jdbcUrl);
        database.url().user().ifPresent(config::setUsername);
        database.url().password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(database.poolSize());
        config.setMinimumIdle(Math.min(2, database.poolSize()));
        config.setAutoCommit(false);
        config.setConnectionTimeout(database.connectTimeout().toMillis());
        if (database.url().kind() == DatabaseUrl.Kind.POSTGRESQL) {
            // The driver's own TCP connect and login waits (default 10 s / unbounded) must not outlast it either.
            long seconds = Math.max(1, (database.connectTimeout().toMillis() + 999) / 1000);
            config.addDataSourceProperty("connectTimeout", seconds);
            config.addDataSourceProperty("loginTimeout", seconds);
            config.addDataSourceProperty("cancelSignalTimeout", seconds);
        }
        // Checking a pooled connection must not outlast the connect timeout (HikariCP's default is 5 s).
        config.setValidationTimeout(
                Math.max(250, Math.min(5_000, database.connectTimeout().toMillis() / 2)));
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw DatabaseException.of("Cannot connect to database '" + database.name() + "' at "
                    + database.url().display() + ": " + rootMessage(e));
        }
    }

    /** The innermost message of {@code error}'s causes, on one line. */
    // A cause chain ends where getCause() is null or the throwable itself: identity is what is compared.
    @SuppressWarnings("ReferenceEquality")
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** Hibernate's bootstrap for {@code entities} over {@code dataSource}, with Kunai's defaults applied. */
    public static HibernatePersistenceConfiguration hibernate(
            Database database, DataSource dataSource, Collection<Class<?>> entities, Action action) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("kunai-" + database.name())
                .managedClasses(entities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .property(AvailableSettings.JAKARTA_VALIDATION_FACTORY, Validators.FACTORY)
                .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .collectStatistics(database.statistics())
                .schemaToolingAction(action);
        config.properties(database.properties());
        return config;
    }

    /** Starts Hibernate for {@code entities}; wraps bootstrap failures in a one-line {@link DatabaseException}. */
    public static SessionFactory sessionFactory(
            Database database, DataSource dataSource, Collection<Class<?>> entities, Action action) {
        return sessionFactory(database, bootstrap(database, dataSource, entities, action));
    }

    /**
     * The first half of {@link #sessionFactory}: Hibernate's service registry, JDBC environment (the dialect, from
     * the connection's metadata) and annotation models, plus the validator factory — nothing that reads the schema,
     * so it may run while migrations change it. {@link #sessionFactory(Database, EntityManagerFactoryBuilder)}
     * finishes it (binding, generators — a sequence generator reads the database's sequences — and the factory).
     * This is what {@code HibernatePersistenceConfiguration.createEntityManagerFactory()} does, without its lookup of
     * every persistence provider on the class path.
     */
    static EntityManagerFactoryBuilder bootstrap(
            Database database, DataSource dataSource, Collection<Class<?>> entities, Action action) {
        try {
            return Bootstrap.getEntityManagerFactoryBuilder(
                    new PersistenceConfigurationDescriptor(hibernate(database, dataSource, entities, action)),
                    new HashMap<>(),
                    HibernatePersistenceProvider.class.getClassLoader());
        } catch (RuntimeException e) {
            throw startFailure(database, e);
        }
    }

    /** Finishes a {@link #bootstrap}: builds the metadata and the session factory. */
    static SessionFactory sessionFactory(Database database, EntityManagerFactoryBuilder bootstrap) {
        try {
            return bootstrap.build().unwrap(SessionFactory.class);
        } catch (RuntimeException e) {
            throw startFailure(database, e);
        }
    }

    static DatabaseException startFailure(Database database, Throwable error) {
        return error instanceof DatabaseException known
                ? known
                : DatabaseException.of(
                        "Hibernate could not start for database '" + database.name() + "': " + rootMessage(error));
    }
}
