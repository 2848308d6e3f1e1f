package dev.kunai.data.model;

import dev.kunai.data.db.Database;

/** {@link DerivedModelContract} on an in-memory H2 database. */
class H2DerivedModelTest extends DerivedModelContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:derived_models");
    }
}
