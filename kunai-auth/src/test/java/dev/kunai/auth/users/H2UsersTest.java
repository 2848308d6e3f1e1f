package dev.kunai.auth.users;

import dev.kunai.auth.TestDbs;
import dev.kunai.data.db.Db;

class H2UsersTest extends UsersContract {
    @Override
    Db open() {
        return TestDbs.h2();
    }

    @Override
    void close(Db db) {
        TestDbs.drop(db);
    }
}
