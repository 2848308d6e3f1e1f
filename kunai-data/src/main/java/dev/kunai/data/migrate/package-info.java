/**
 * Migrations (Django's {@code migrate}, {@code showmigrations}, {@code makemigrations}): Flyway applies SQL files and
 * Hibernate's schema migrator writes the next one.
 */
package dev.kunai.data.migrate;
