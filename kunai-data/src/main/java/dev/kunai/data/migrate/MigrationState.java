package dev.kunai.data.migrate;

/**
 * One migration as {@code showmigrations} lists it.
 *
 * @param version     its version ("1", "2", …)
 * @param description its description (the file name after {@code __})
 * @param script      its script name
 * @param applied     whether it has been applied
 * @param state       Flyway's state word ("Success", "Pending", "Failed", …)
 */
public record MigrationState(String version, String description, String script, boolean applied, String state) {}
