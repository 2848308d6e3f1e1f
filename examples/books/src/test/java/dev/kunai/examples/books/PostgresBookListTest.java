package dev.kunai.examples.books;

import dev.kunai.test.KunaiTest;

/**
 * The Books list toolkit on real PostgreSQL (skipped without a server unless CI is set), its tables built by the
 * migrations: the search runs with V2's trigram indexes in place.
 */
@KunaiTest(
        controllers = {BookController.class, BookListController.class},
        database = "postgres",
        migrations = true)
class PostgresBookListTest extends BookListContract {}
