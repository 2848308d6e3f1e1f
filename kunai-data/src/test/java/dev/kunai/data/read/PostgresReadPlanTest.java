package dev.kunai.data.read;

import dev.kunai.data.db.Database;
import dev.kunai.data.support.Postgres;

/** {@link ReadPlanContract} on real PostgreSQL, in a database of its own. */
class PostgresReadPlanTest extends ReadPlanContract {

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
    protected ConditionWriter.Dialect dialect() {
        return ConditionWriter.Dialect.POSTGRESQL;
    }
}
