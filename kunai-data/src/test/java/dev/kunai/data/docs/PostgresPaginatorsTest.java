package dev.kunai.data.docs;

import dev.kunai.data.db.Database;
import dev.kunai.data.support.Postgres;

/** {@link PaginatorsContract} on real PostgreSQL, in a database of its own. */
class PostgresPaginatorsTest extends PaginatorsContract {

    private String name;

    @Override
    protected Database database() {
        name = Postgres.createDatabase(getClass());
        return Database.of(Postgres.url(name));
    }

    @Override
    protected void release() {
        Postgres.dropDatabase(name);
    }
}
