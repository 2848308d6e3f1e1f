package dev.kunai.permissions;

import dev.kunai.http.RequestContext;

/**
 * Allows anyone to read ({@code GET}, {@code HEAD}, {@code OPTIONS}) and only authenticated requests to
 * write (Ninja Extra's {@code IsAuthenticatedOrReadOnly}).
 */
public final class IsAuthenticatedOrReadOnly implements Permission {

    /** The permission; it has no state. */
    public IsAuthenticatedOrReadOnly() {}

    @Override
    public boolean hasPermission(RequestContext context) {
        return isSafeMethod(context) || IsAuthenticated.isAuthenticated(context);
    }

    /** Whether the request's method only reads (RFC 9110 §9.2.1's safe methods GET, HEAD, OPTIONS; TRACE is never routed). */
    public static boolean isSafeMethod(RequestContext context) {
        String method = context.request().method();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
