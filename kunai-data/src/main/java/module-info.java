/**
 * Kunai's data layer: databases (HikariCP, Hibernate ORM), {@code ModelSchema} records, filters, schema-driven reads,
 * model controllers and migrations (Flyway). {@code dev.kunai.data.schema}, what Kunai reads from entities at
 * start-up, is internal. See {@code docs/architecture.md#modules}.
 */
// "requires-automatic": Hibernate ORM is an automatic module that names itself in its manifest
// (org.hibernate.orm.core); flyway-core has no Automatic-Module-Name, so its name (flyway.core) is derived from the
// jar's file name (flyway-core-<version>.jar).
@SuppressWarnings("requires-automatic")
module dev.kunai.data {
    requires transitive dev.kunai.core;
    requires transitive java.sql;
    requires com.google.common;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires jakarta.persistence;
    requires org.hibernate.orm.core;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports dev.kunai.data;
    exports dev.kunai.data.db;
    exports dev.kunai.data.filter;
    exports dev.kunai.data.migrate;
    exports dev.kunai.data.model;
    exports dev.kunai.data.read;

    // Model controllers are read by the core (method handles) and created by Guice.
    opens dev.kunai.data.model;

    provides dev.kunai.schema.SchemaFactsProvider with
            dev.kunai.data.schema.EntityColumnFacts;
}
