package dev.kunai.jwt.endpoints;

import dev.kunai.data.db.Db;
import dev.kunai.jwt.support.JwtTestDbs;

/** The token operations with the blacklist in H2. */
class H2TokenEndpointsTest extends TokenEndpointsContract {

    @Override
    Db openDb() {
        return JwtTestDbs.h2();
    }
}
