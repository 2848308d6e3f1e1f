package dev.kunai.data.migrate;

import dev.kunai.data.db.Database;

/** {@link MigrationsContract} on an H2 file database. */
class H2MigrationsTest extends MigrationsContract {

    @Override
    protected Database database() {
        return Database.of("h2:file:" + dir.resolve("db/app").toAbsolutePath());
    }
}
