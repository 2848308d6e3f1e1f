package dev.kunai.data.docs;

import dev.kunai.data.db.Database;

/** {@link PaginatorsContract} on an in-memory H2 database. */
class H2PaginatorsTest extends PaginatorsContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:docs_paginators");
    }
}
