package dev.kunai.data.db;

/** {@link SessionContract} on H2 in memory. */
class H2SessionTest extends SessionContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:sessions");
    }
}
