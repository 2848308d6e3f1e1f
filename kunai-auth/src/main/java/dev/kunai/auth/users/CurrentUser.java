package dev.kunai.auth.users;

import dev.kunai.http.RequestContext;
import dev.kunai.security.Principal;
import java.util.Optional;

/** Reads the authenticated user of a request: the {@link Principal} when it is an {@link AuthUser}. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The request's user, if authentication identified one that is an {@link AuthUser}. */
    public static Optional<AuthUser> of(RequestContext context) {
        return context.attribute(Principal.class)
                .map(Principal::value)
                .filter(AuthUser.class::isInstance)
                .map(AuthUser.class::cast);
    }

    /** The request's user as {@code type}, if authentication identified one of that type. */
    public static <U> Optional<U> of(RequestContext context, Class<U> type) {
        return context.attribute(Principal.class)
                .map(Principal::value)
                .filter(type::isInstance)
                .map(type::cast);
    }
}
