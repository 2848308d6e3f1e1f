/**
 * Databases: configuration from Django-style URLs, HikariCP pools, Hibernate ORM, the request-scoped
 * {@link dev.kunai.data.db.Session}, and one-line messages for configuration and connection problems (503 when the
 * database is unreachable).
 */
package dev.kunai.data.db;
