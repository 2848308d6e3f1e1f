package dev.kunai.examples.books;

import dev.kunai.test.KunaiTest;

/** The Books contract on the embedded H2 database. */
@KunaiTest(controllers = BookController.class)
class H2BooksTest extends BooksContract {}
