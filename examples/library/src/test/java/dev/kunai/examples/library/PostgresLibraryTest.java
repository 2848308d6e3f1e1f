package dev.kunai.examples.library;

import dev.kunai.test.KunaiTest;

/** The Library contract on real PostgreSQL, with the project's migrations (skipped without a server unless CI is set). */
@KunaiTest(app = LibraryApp.class, database = "postgres", migrations = true)
class PostgresLibraryTest extends LibraryContract {}
