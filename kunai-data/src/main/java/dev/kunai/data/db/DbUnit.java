package dev.kunai.data.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.kunai.data.ModelSchemas;
import dev.kunai.data.migrate.MigrationState;
import dev.kunai.data.migrate.Migrations;
import dev.kunai.data.schema.SchemaModel;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/** One started database: its pool and its Hibernate session factory. */
final class DbUnit implements AutoCloseable {

    final Database config;
    final HikariDataSource dataSource;
    final SessionFactory sessionFactory;

    private DbUnit(Database config, HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.config = config;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    static DbUnit start(Database config) {
        List<Class<?>> entities = config.entityClasses();
        List<Class<?>> schemas = config.schemaClasses();
        if (entities.isEmpty()) {
            throw DatabaseException.of("Database '" + config.name()
                    + "' has no entities: register them with entities(...) or packages(...)");
        }
        ModelSchemas.verify(schemas);
        for (Class<?> schema : schemas) {
            Class<?> entity = SchemaModel.of(schema).entity().type();
            if (!entities.contains(entity)) {
                throw DatabaseException.of("ModelSchema " + schema.getSimpleName() + " is a schema of "
                        + entity.getSimpleName() + ", which is not an entity of database '" + config.name()
                        + "' (register it with entities(...) or packages(...))");
            }
        }
        HikariDataSource pool = OrmSettings.pool(config);
        try {
            Action action =
                    config.schemaSource() == SchemaSource.MODELS && !config.reuseSchema() ? Action.CREATE : Action.NONE;
            SessionFactory factory = config.schemaSource() == SchemaSource.MIGRATIONS
                    ? migratedSessionFactory(config, pool, entities)
                    : OrmSettings.sessionFactory(config, pool, entities, action);
            try {
                checkTables(config, factory);
            } catch (RuntimeException e) {
                factory.close();
                throw e;
            }
            return new DbUnit(config, pool, factory);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Checks (or applies) the migrations while Hibernate bootstraps on another thread — its service registry, dialect
     * and annotation models read no table — then builds the session factory, whose sequence generators and schema
     * validation do read the tables, once the migrations are done. A migration failure is reported first, as it
     * would be one after the other; the bootstrap is then waited for and released.
     */
    private static SessionFactory migratedSessionFactory(
            Database config, HikariDataSource pool, List<Class<?>> entities) {
        FutureTask<EntityManagerFactoryBuilder> bootstrap =
                new FutureTask<>(() -> OrmSettings.bootstrap(config, pool, entities, Action.NONE));
        Thread.ofPlatform()
                .name("kunai-orm-bootstrap-" + config.name())
                .daemon()
                .start(bootstrap);
        try {
            checkMigrations(config, pool);
        } catch (RuntimeException e) {
            try {
                join(config, bootstrap).cancel();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return OrmSettings.sessionFactory(config, join(config, bootstrap));
    }

    private static EntityManagerFactoryBuilder join(
            Database config, FutureTask<EntityManagerFactoryBuilder> bootstrap) {
        try {
            return bootstrap.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DatabaseException.of("Interrupted while Hibernate started for database '" + config.name() + "'");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw OrmSettings.startFailure(config, e.getCause());
        }
    }

    private static void checkMigrations(Database config, HikariDataSource pool) {
        Migrations migrations = Migrations.of(config, pool);
        if (config.applyMigrations()) {
            migrations.migrate(); // validates and applies what is pending in one pass (no separate info scan)
            return;
        }
        List<MigrationState> pending = migrations.pending();
        if (pending.isEmpty()) {
            return;
        }
        String names = pending.stream()
                .map(m -> "V" + m.version() + " " + m.description())
                .collect(Collectors.joining(", "));
        throw DatabaseException.of(
                "Database '" + config.name() + "' has " + pending.size()
                        + " unapplied migration(s): " + names
                        + ". Run the migrate command (or runserver, which applies them unless database.migrate-on-start=false)");
    }

    private static void checkTables(Database config, SessionFactory factory) {
        switch (config.schemaSource()) {
            case MIGRATIONS -> {
                try {
                    factory.getSchemaManager().validateMappedObjects();
                } catch (SchemaManagementException e) {
                    throw DatabaseException.of("Database '" + config.name() + "' does not match the entities ("
                            + OrmSettings.rootMessage(e) + "): run makemigrations, then migrate");
                }
            }
            case MODELS -> {
                if (config.reuseSchema()) {
                    try {
                        factory.getSchemaManager().validateMappedObjects();
                    } catch (SchemaManagementException e) {
                        factory.getSchemaManager().dropMappedObjects(true);
                        factory.getSchemaManager().exportMappedObjects(true);
                    }
                }
            }
            case NONE -> {}
        }
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
