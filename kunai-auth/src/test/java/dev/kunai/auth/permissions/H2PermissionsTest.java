package dev.kunai.auth.permissions;

import dev.kunai.auth.TestDbs;
import dev.kunai.data.db.Db;

class H2PermissionsTest extends PermissionsContract {
    @Override
    Db open() {
        return TestDbs.h2();
    }

    @Override
    void close(Db db) {
        TestDbs.drop(db);
    }
}
