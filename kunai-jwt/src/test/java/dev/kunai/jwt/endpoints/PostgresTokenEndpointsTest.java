package dev.kunai.jwt.endpoints;

import dev.kunai.data.db.Db;
import dev.kunai.jwt.support.JwtTestDbs;

/** The token operations with the blacklist in PostgreSQL (skipped without it unless {@code CI} is set). */
class PostgresTokenEndpointsTest extends TokenEndpointsContract {

    @Override
    Db openDb() {
        return JwtTestDbs.postgres();
    }
}
