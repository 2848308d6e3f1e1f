package dev.kunai.data.read;

import dev.kunai.data.db.Database;

/** {@link ReadStatementsContract} on H2 in memory. */
class H2ReadStatementsTest extends ReadStatementsContract {

    @Override
    protected Database database() {
        return Database.of("h2:mem:read_statements");
    }
}
