package dev.kunai.data.model;

import dev.kunai.data.db.Database;
import dev.kunai.data.support.Postgres;

/** {@link DerivedModelContract} on real PostgreSQL, in a database of its own. */
class PostgresDerivedModelTest extends DerivedModelContract {

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
