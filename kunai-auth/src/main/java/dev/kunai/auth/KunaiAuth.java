package dev.kunai.auth;

import dev.kunai.auth.sessions.StoredSession;
import dev.kunai.auth.users.Group;
import dev.kunai.auth.users.ModelPermission;
import dev.kunai.auth.users.User;
import dev.kunai.data.db.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds kunai-auth's tables to a database (Django's {@code INSTALLED_APPS += ["django.contrib.auth",
 * "django.contrib.sessions"]}): the {@link User}, {@link Group}, {@link ModelPermission} and session entities,
 * and the migrations that create their tables ({@link #MIGRATIONS}, versions {@code 0.1.x}, before an
 * application's {@code V1}).
 */
public final class KunaiAuth {

    /** Where kunai-auth's Flyway migrations are on the classpath. */
    public static final String MIGRATIONS = "classpath:dev/kunai/auth/migration";

    private KunaiAuth() {}

    /** {@code database} with kunai-auth's entities and migrations added to its own. */
    public static Database install(Database database) {
        List<String> locations = new ArrayList<>(database.migrationLocations());
        if (!locations.contains(MIGRATIONS)) {
            locations.add(MIGRATIONS);
        }
        return database.entities(entities()).migrationLocations(locations.toArray(String[]::new));
    }

    /** The entities kunai-auth maps. */
    public static Class<?>[] entities() {
        return new Class<?>[] {User.class, Group.class, ModelPermission.class, StoredSession.class};
    }
}
