package dev.kunai.data.db;

import dev.kunai.data.support.Postgres;

/** {@link InsertContract} on real PostgreSQL, in a database of its own. */
class PostgresInsertTest extends InsertContract {

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
