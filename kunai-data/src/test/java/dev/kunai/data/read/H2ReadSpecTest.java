package dev.kunai.data.read;

import dev.kunai.data.db.Database;

/** {@link ReadSpecContract} on an in-memory H2 database. */
class H2ReadSpecTest extends ReadSpecContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:readspec_" + System.nanoTime());
    }

    @Override
    protected boolean postgres() {
        return false;
    }
}
