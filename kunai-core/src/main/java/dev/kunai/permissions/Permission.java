package dev.kunai.permissions;

import dev.kunai.http.RequestContext;
import java.util.List;
import java.util.Objects;

/**
 * Whether a request may run an operation (Ninja Extra's {@code BasePermission}, DRF's permission classes):
 * {@link #hasPermission} decides for a whole request, {@link #hasObjectPermission} for one object a handler
 * loaded. A denied request is answered {@code 403 {"detail": message()}}.
 *
 * <p>Compose permissions with {@link #and}, {@link #or} and {@link #not}; each composition short-circuits
 * like Java's {@code &&}, {@code ||} and {@code !}. Implementations must be thread-safe: one instance serves
 * every request.
 */
public interface Permission {

    /** The detail of the 403 sent when this permission denies a request (Ninja Extra's default wording). */
    String DEFAULT_MESSAGE = "You do not have permission to perform this action.";

    /** Whether the request may run the operation at all (DRF's {@code has_permission}). */
    boolean hasPermission(RequestContext context);

    /**
     * Whether the request may act on {@code object}, an object the handler loaded (DRF's
     * {@code has_object_permission}); by default it may.
     */
    default boolean hasObjectPermission(RequestContext context, Object object) {
        return true;
    }

    /** The detail of the 403 this permission causes. */
    default String message() {
        return DEFAULT_MESSAGE;
    }

    /** Both this and {@code other} must allow (Ninja Extra's {@code &}); {@code other} is not asked when this denies. */
    default Permission and(Permission other) {
        return allOf(this, other);
    }

    /** This or {@code other} must allow (Ninja Extra's {@code |}); {@code other} is not asked when this allows. */
    default Permission or(Permission other) {
        return anyOf(this, other);
    }

    /** Every one of {@code permissions} must allow, checked in order until one denies. */
    static Permission allOf(Permission... permissions) {
        return new Composition.AllOf(copy(permissions));
    }

    /** At least one of {@code permissions} must allow, checked in order until one allows. */
    static Permission anyOf(Permission... permissions) {
        return new Composition.AnyOf(copy(permissions));
    }

    /** Allows exactly what {@code permission} denies (Ninja Extra's {@code ~}), for requests and objects alike. */
    static Permission not(Permission permission) {
        return new Composition.Not(Objects.requireNonNull(permission, "permission"));
    }

    private static List<Permission> copy(Permission[] permissions) {
        if (permissions.length == 0) {
            throw new IllegalArgumentException("A composition needs at least one permission");
        }
        return List.of(permissions); // rejects null elements
    }
}
