package dev.kunai.data.model;

import dev.kunai.permissions.ObjectPermissions;
import java.util.Objects;

/**
 * An object-level check a caller adds to one {@link ModelService} call (inside its {@link ModelRequest}), on top of
 * the service's own {@link ModelService#checkObject}: the generated routes pass the operation's
 * {@link ObjectPermissions}, so
 * {@code @Permissions} on a model controller check the loaded object before it is retrieved, updated, patched
 * or deleted (Ninja Extra's {@code check_object_permissions}). Throw an {@code HttpError} (403) to refuse.
 */
@FunctionalInterface
public interface ObjectCheck {

    /** No check. */
    ObjectCheck NONE = (object, action) -> {};

    /**
     * Checks {@code object} before {@code action}.
     *
     * @throws dev.kunai.http.HttpError to refuse (403 from permissions)
     */
    void check(Object object, ModelAction action);

    /** Whether this check can refuse anything (when not, a retrieve need not load the entity). */
    @SuppressWarnings("ReferenceEquality") // NONE is one constant: identity is what "no check" means
    default boolean checks() {
        return this != NONE;
    }

    /** The operation's object permissions as a check ({@link #NONE} when the operation has only {@code AllowAny}). */
    static ObjectCheck of(ObjectPermissions permissions) {
        Objects.requireNonNull(permissions, "permissions");
        if (!permissions.checksObjects()) {
            return NONE;
        }
        return (object, action) -> permissions.check(object);
    }
}
