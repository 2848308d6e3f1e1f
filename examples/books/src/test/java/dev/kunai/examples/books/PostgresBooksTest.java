package dev.kunai.examples.books;

import dev.kunai.test.KunaiTest;

/** The Books contract on real PostgreSQL (skipped without a server unless CI is set). */
@KunaiTest(controllers = BookController.class, database = "postgres")
class PostgresBooksTest extends BooksContract {}
