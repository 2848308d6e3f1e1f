package dev.kunai.examples.library;

import dev.kunai.test.KunaiTest;

/** The Library contract on the embedded H2 database, its tables built by the project's migrations. */
@KunaiTest(app = LibraryApp.class, migrations = true)
class H2LibraryTest extends LibraryContract {}
