package dev.kunai.examples.books;

import dev.kunai.test.KunaiTest;

/** The Books list toolkit on the embedded H2 database. */
@KunaiTest(controllers = {BookController.class, BookListController.class})
class H2BookListTest extends BookListContract {}
