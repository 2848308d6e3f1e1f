package dev.kunai.permissions;

import dev.kunai.http.RequestContext;
import dev.kunai.security.Principal;

/**
 * Allows requests that authentication identified, i.e. that carry a {@link Principal} (Ninja Extra's
 * {@code IsAuthenticated}). On an operation without authentication every request is denied.
 */
public final class IsAuthenticated implements Permission {

    /** The permission; it has no state. */
    public IsAuthenticated() {}

    @Override
    public boolean hasPermission(RequestContext context) {
        return isAuthenticated(context);
    }

    /** Whether the request carries a principal (shared by the permissions that build on this one). */
    static boolean isAuthenticated(RequestContext context) {
        return context.attribute(Principal.class).isPresent();
    }
}
