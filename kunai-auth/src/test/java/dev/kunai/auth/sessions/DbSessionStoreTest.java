package dev.kunai.auth.sessions;

import dev.kunai.auth.TestDbs;
import dev.kunai.data.db.Db;

/** {@link DbSessionStore} on H2 against the {@link SessionStoreContract}. */
class DbSessionStoreTest extends SessionStoreContract {

    private Db db;

    @Override
    protected SessionStore open() {
        db = TestDbs.h2();
        return new DbSessionStore(db);
    }

    @Override
    protected void close() {
        TestDbs.drop(db);
    }
}
