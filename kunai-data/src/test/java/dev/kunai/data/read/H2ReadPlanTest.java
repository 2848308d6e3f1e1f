package dev.kunai.data.read;

import dev.kunai.data.db.Database;

/** {@link ReadPlanContract} on an in-memory H2 database. */
class H2ReadPlanTest extends ReadPlanContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:readplan_" + System.nanoTime());
    }

    @Override
    protected ConditionWriter.Dialect dialect() {
        return ConditionWriter.Dialect.H2;
    }
}
