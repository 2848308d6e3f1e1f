package dev.kunai.auth.authenticators;

import dev.kunai.auth.users.UserStore;
import dev.kunai.security.Auth;
import java.util.Objects;

/** Authenticators whose principal is a user of a {@link UserStore}. */
public final class UserAuth {

    private UserAuth() {}

    /**
     * HTTP Basic (RFC 7617) against the users' passwords: the principal is the active user; a wrong password
     * is a 401 with {@code WWW-Authenticate: Basic realm="api"}. Each request pays one password hash, so prefer
     * sessions or tokens for browsers and busy clients.
     */
    public static Auth basic(UserStore<?> users) {
        Objects.requireNonNull(users, "users");
        return Auth.basic(
                (username, password) -> users.authenticate(username, password).map(Object.class::cast));
    }
}
