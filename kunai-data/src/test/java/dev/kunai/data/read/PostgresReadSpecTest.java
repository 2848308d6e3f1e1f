package dev.kunai.data.read;

import dev.kunai.data.db.Database;
import dev.kunai.data.support.Postgres;

/** {@link ReadSpecContract} on real PostgreSQL, in a database of its own. */
class PostgresReadSpecTest extends ReadSpecContract {

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

    @Override
    protected boolean postgres() {
        return true;
    }
}
