package dev.kunai.auth.users;

import dev.kunai.auth.TestDbs;
import dev.kunai.data.db.Db;

class PostgresUsersTest extends UsersContract {
    @Override
    Db open() {
        return TestDbs.postgres();
    }

    @Override
    void close(Db db) {
        TestDbs.drop(db);
    }
}
