package dev.kunai.auth.sessions;

import dev.kunai.auth.TestDbs;
import dev.kunai.data.db.Db;

/** {@link DbSessionStore} on PostgreSQL against the {@link SessionStoreContract} (skipped without it unless CI). */
class PostgresDbSessionStoreTest extends SessionStoreContract {

    private Db db;

    @Override
    protected SessionStore open() {
        db = TestDbs.postgres();
        return new DbSessionStore(db);
    }

    @Override
    protected void close() {
        if (db != null) {
            TestDbs.drop(db);
        }
    }
}
