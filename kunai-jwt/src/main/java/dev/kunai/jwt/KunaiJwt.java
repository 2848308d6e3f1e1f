package dev.kunai.jwt;

import dev.kunai.data.db.Database;
import dev.kunai.jwt.blacklist.OutstandingToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds kunai-jwt's blacklist table to a database (Django's {@code INSTALLED_APPS += ["ninja_jwt.token_blacklist"]}):
 * the {@link OutstandingToken} entity and the migration that creates its table ({@link #MIGRATIONS}, version
 * {@code 0.2.1}, after kunai-auth's {@code 0.1.x} and before an application's {@code V1}).
 */
public final class KunaiJwt {

    /** Where kunai-jwt's Flyway migrations are on the classpath. */
    public static final String MIGRATIONS = "classpath:dev/kunai/jwt/migration";

    private KunaiJwt() {}

    /** {@code database} with kunai-jwt's entity and migration added to its own. */
    public static Database install(Database database) {
        List<String> locations = new ArrayList<>(database.migrationLocations());
        if (!locations.contains(MIGRATIONS)) {
            locations.add(MIGRATIONS);
        }
        return database.entities(entities()).migrationLocations(locations.toArray(String[]::new));
    }

    /** The entities kunai-jwt maps. */
    public static Class<?>[] entities() {
        return new Class<?>[] {OutstandingToken.class};
    }
}
