package dev.kunai.examples.books;

import dev.kunai.test.KunaiTest;

/** The Books list toolkit on real PostgreSQL (skipped without a server unless CI is set). */
@KunaiTest(
        controllers = {BookController.class, BookListController.class},
        database = "postgres")
class PostgresBookListTest extends BookListContract {}
