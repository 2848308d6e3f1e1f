package dev.kunai.examples.books;

import dev.kunai.test.KunaiTest;

/** The Books list toolkit on the embedded H2 database, its tables built by the migrations (V2 does nothing on H2). */
@KunaiTest(
        controllers = {BookController.class, BookListController.class},
        migrations = true)
class H2BookListTest extends BookListContract {}
