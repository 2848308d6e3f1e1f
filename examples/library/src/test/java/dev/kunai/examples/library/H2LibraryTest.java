package dev.kunai.examples.library;

import dev.kunai.auth.KunaiAuth;
import dev.kunai.test.KunaiTest;

/** The Library contract on the embedded H2 database, its tables built by kunai-auth's and the project's migrations. */
@KunaiTest(
        app = LibraryApp.class,
        packages = {"dev.kunai.examples.library", "dev.kunai.auth.users"},
        migrations = true,
        migrationLocations = KunaiAuth.MIGRATIONS)
class H2LibraryTest extends LibraryContract {}
