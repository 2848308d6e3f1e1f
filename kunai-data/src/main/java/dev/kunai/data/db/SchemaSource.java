package dev.kunai.data.db;

/** Where a database's tables come from when a {@link Db} starts. */
public enum SchemaSource {
    /** Flyway migrations (the default): unapplied ones stop start-up, or are applied when configured. */
    MIGRATIONS,
    /** Hibernate builds the tables from the entities (for tests: pytest's {@code --no-migrations}). */
    MODELS,
    /** Nothing is created or checked. */
    NONE
}
