package dev.kunai.data.db;

/** {@link InsertContract} on H2 in memory. */
class H2InsertTest extends InsertContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:inserts");
    }
}
