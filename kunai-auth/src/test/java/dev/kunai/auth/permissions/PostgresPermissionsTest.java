package dev.kunai.auth.permissions;

import dev.kunai.auth.TestDbs;
import dev.kunai.data.db.Db;

class PostgresPermissionsTest extends PermissionsContract {
    @Override
    Db open() {
        return TestDbs.postgres();
    }

    @Override
    void close(Db db) {
        TestDbs.drop(db);
    }
}
