package dev.kunai.examples.library;

import dev.kunai.auth.KunaiAuth;
import dev.kunai.test.KunaiTest;

/** The Library contract on real PostgreSQL, with the project's migrations (skipped without a server unless CI is set). */
@KunaiTest(
        app = LibraryApp.class,
        database = "postgres",
        packages = {"dev.kunai.examples.library", "dev.kunai.auth.users"},
        migrations = true,
        migrationLocations = KunaiAuth.MIGRATIONS)
class PostgresLibraryTest extends LibraryContract {}
