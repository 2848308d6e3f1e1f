package dev.kunai.permissions;

import dev.kunai.http.HttpError;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.ResponseModel;
import dev.kunai.stage.Stage;
import java.util.List;
import java.util.Optional;

/**
 * The permissions of one operation, resolved and instantiated at start-up, and their per-request checks: the
 * {@link dev.kunai.stage.StageSlot#PERMISSIONS} stage ({@link #apply}) and the object-level check behind
 * {@link ObjectPermissions}. Each permission's 403 is built once.
 */
final class OperationPermissions implements Stage {

    /** The permissions of an operation anyone may run (no stage is created for it). */
    static final OperationPermissions ALLOW_ANY = new OperationPermissions(List.of(new AllowAny()));

    private static final List<ResponseModel> DOCUMENTED = List.of(ResponseModel.error(403, "Forbidden"));

    private final Permission[] permissions;
    private final HttpError[] denials;

    OperationPermissions(List<Permission> permissions) {
        this.permissions = permissions.toArray(Permission[]::new);
        this.denials = new HttpError[this.permissions.length];
        for (int i = 0; i < denials.length; i++) {
            denials[i] = new HttpError(403, this.permissions[i].message());
        }
    }

    /** The permissions, in the order they are checked. */
    List<Permission> permissions() {
        return List.of(permissions);
    }

    /**
     * Asks every permission in order; the first that denies answers 403 with its message. When all allow, the
     * request continues and remembers these permissions for {@link ObjectPermissions}.
     */
    @Override
    public Optional<HttpResponse> apply(RequestContext context) {
        for (int i = 0; i < permissions.length; i++) {
            if (!permissions[i].hasPermission(context)) {
                throw denials[i];
            }
        }
        context.attribute(OperationPermissions.class, this);
        return Optional.empty();
    }

    @Override
    public List<ResponseModel> responses() {
        return DOCUMENTED;
    }

    /** Returns {@code object} when every permission allows the request to act on it, else throws their 403. */
    <T> T checkObject(RequestContext context, T object) {
        for (int i = 0; i < permissions.length; i++) {
            if (!permissions[i].hasObjectPermission(context, object)) {
                throw denials[i];
            }
        }
        return object;
    }
}
