package dev.kunai.data.model;

import dev.kunai.data.db.Database;

/** {@link ModelControllersContract} on an in-memory H2 database. */
class H2ModelControllersTest extends ModelControllersContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:model_controllers");
    }
}
