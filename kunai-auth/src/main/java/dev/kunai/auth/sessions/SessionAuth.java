package dev.kunai.auth.sessions;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.UserStore;
import dev.kunai.http.RequestContext;
import dev.kunai.security.Auth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authentication by the session cookie (Ninja's {@code django_auth}): the principal is the active user whose
 * id the session holds. Because the credentials come from a cookie, every unsafe request it authenticates
 * must also pass {@link dev.kunai.auth.csrf.Csrf} (403 otherwise). Documented in OpenAPI as an {@code apiKey}
 * in the session cookie.
 */
public final class SessionAuth implements Auth {

    private final Sessions sessions;
    private final UserStore<?> users;
    private final Map<String, Object> scheme;

    private SessionAuth(Sessions sessions, UserStore<?> users) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.users = Objects.requireNonNull(users, "users");
        this.scheme = Map.<String, Object>of(
                "type", "apiKey", "in", "cookie", "name", sessions.settings().cookieName());
    }

    /** Session authentication over {@code sessions}, finding users in {@code users}. */
    public static SessionAuth of(Sessions sessions, UserStore<?> users) {
        return new SessionAuth(sessions, users);
    }

    /** The sessions this reads. */
    public Sessions sessions() {
        return sessions;
    }

    /** The users this finds. */
    public UserStore<?> users() {
        return users;
    }

    @Override
    public Optional<Object> authenticate(RequestContext context) {
        Optional<? extends AuthUser> user = sessions.current(context)
                .flatMap(s -> s.value(SessionData.USER_ID))
                .flatMap(users::find);
        if (user.isPresent()) {
            sessions.settings().csrf().check(context);
        }
        return user.map(Object.class::cast);
    }

    @Override
    public String schemeName() {
        return "SessionAuth";
    }

    @Override
    public Map<String, Object> scheme() {
        return scheme;
    }
}
