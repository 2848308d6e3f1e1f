package dev.kunai.permissions;

import dev.kunai.http.RequestContext;

/** Allows every request (Ninja Extra's {@code AllowAny}). */
public final class AllowAny implements Permission {

    /** The permission; it has no state. */
    public AllowAny() {}

    @Override
    public boolean hasPermission(RequestContext context) {
        return true;
    }
}
