package dev.kunai.auth.sessions;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.UserStore;
import dev.kunai.http.RequestContext;
import dev.kunai.security.Auth;
import dev.kunai.stage.StageContext;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authentication by the session cookie (Ninja's {@code django_auth}): the principal is the active user whose
 * id the session holds. Because the credentials come from a cookie, every unsafe request it authenticates
 * must also pass {@link dev.kunai.auth.csrf.Csrf} (403 otherwise). Documented in OpenAPI as an {@code apiKey}
 * in the session cookie.
 *
 * <p>An API defined before the application opens its database declares {@link #fromContainer()}: the scheme is
 * known at once, and the application's own {@code SessionAuth} (the one {@link SessionController} injects, e.g.
 * bound with {@code Kunai.app().provide(SessionAuth.class, ...)}) does the work once it starts.
 */
public final class SessionAuth implements Auth {

    /** The scheme's name in OpenAPI's {@code securitySchemes} and in {@code @Secured}. */
    public static final String SCHEME_NAME = "SessionAuth";

    private final Sessions sessions;
    private final UserStore<?> users;
    private final Map<String, Object> scheme;

    private SessionAuth(Sessions sessions, UserStore<?> users) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.users = Objects.requireNonNull(users, "users");
        this.scheme = cookieScheme(sessions.settings().cookieName());
    }

    /** Session authentication over {@code sessions}, finding users in {@code users}. */
    public static SessionAuth of(Sessions sessions, UserStore<?> users) {
        return new SessionAuth(sessions, users);
    }

    /**
     * Session authentication declared now and taken from the application's DI container when it starts (its bound
     * {@code SessionAuth}), documented with the default cookie name {@code sessionid}. Used before it is resolved
     * (outside a pipeline), it fails with an {@link IllegalStateException}.
     */
    public static Auth fromContainer() {
        return fromContainer(SessionSettings.DEFAULT_COOKIE_NAME);
    }

    /**
     * {@link #fromContainer()} for sessions whose cookie is called {@code cookieName} (the declaration documents it;
     * a container's {@code SessionAuth} with another cookie name is a start-up error).
     */
    public static Auth fromContainer(String cookieName) {
        return new Declared(Objects.requireNonNull(cookieName, "cookieName"));
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
        return SCHEME_NAME;
    }

    @Override
    public Map<String, Object> scheme() {
        return scheme;
    }

    private static Map<String, Object> cookieScheme(String cookieName) {
        return Map.of("type", "apiKey", "in", "cookie", "name", cookieName);
    }

    /** {@link #fromContainer(String)}: the scheme now, the container's {@code SessionAuth} at start-up. */
    private record Declared(String cookieName) implements Auth {

        @Override
        public Optional<Object> authenticate(RequestContext context) {
            throw new IllegalStateException("SessionAuth.fromContainer() authenticates only in a pipeline, which "
                    + "resolves it with the application's SessionAuth at start-up");
        }

        @Override
        public String schemeName() {
            return SCHEME_NAME;
        }

        @Override
        public Map<String, Object> scheme() {
            return cookieScheme(cookieName);
        }

        @Override
        public Auth resolve(StageContext context) {
            SessionAuth bound;
            try {
                bound = context.instance(SessionAuth.class);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(
                        "SessionAuth.fromContainer() needs the application's SessionAuth in its DI container (e.g. "
                                + "Kunai.app().provide(SessionAuth.class, container -> SessionAuth.of(...))): "
                                + e.getMessage(),
                        e);
            }
            String actual = bound.sessions().settings().cookieName();
            if (!actual.equals(cookieName)) {
                throw new IllegalStateException("the application's sessions use the cookie '" + actual
                        + "' but the API declares SessionAuth.fromContainer(\"" + cookieName + "\")");
            }
            return bound;
        }
    }
}
