package dev.kunai.auth.permissions;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.http.RequestContext;
import dev.kunai.permissions.Permission;

/** Allows active staff users (Ninja Extra's {@code IsAdminUser}: {@code user.is_staff}). */
public final class IsAdminUser implements Permission {

    /** The permission; it has no state. */
    public IsAdminUser() {}

    @Override
    public boolean hasPermission(RequestContext context) {
        return CurrentUser.of(context)
                .filter(AuthUser::isActive)
                .map(AuthUser::isStaff)
                .orElse(false);
    }
}
