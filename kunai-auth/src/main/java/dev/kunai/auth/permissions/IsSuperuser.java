package dev.kunai.auth.permissions;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.http.RequestContext;
import dev.kunai.permissions.Permission;

/** Allows active superusers. */
public final class IsSuperuser implements Permission {

    /** The permission; it has no state. */
    public IsSuperuser() {}

    @Override
    public boolean hasPermission(RequestContext context) {
        return CurrentUser.of(context)
                .filter(AuthUser::isActive)
                .map(AuthUser::isSuperuser)
                .orElse(false);
    }
}
