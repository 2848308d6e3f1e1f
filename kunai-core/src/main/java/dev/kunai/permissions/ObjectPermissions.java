package dev.kunai.permissions;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.RequestScoped;
import dev.kunai.inject.RequestValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Object-level permission checks for one request (Ninja Extra's {@code check_object_permissions} and
 * {@code get_object_or_exception}): take it as a handler parameter, load the object, and pass it through
 * {@link #check} or {@link #getOr404}. The checks are the {@link Permission#hasObjectPermission} of the
 * operation's permissions (those {@link Permissions} resolved for it); a denial is
 * {@code 403 {"detail": message}}, a missing object {@code 404 {"detail": "Not Found"}}, both documented in the
 * operation's OpenAPI entry.
 *
 * <pre>{@code
 * @Get("notes/{id}")
 * public NoteSchema note(long id, ObjectPermissions permissions) {
 *     return NoteSchema.of(permissions.getOr404(notes.find(id)));
 * }
 * }</pre>
 */
@RequestScoped
public final class ObjectPermissions {

    private static final HttpError NOT_FOUND = HttpError.notFound("Not Found");

    private final RequestContext context;
    private final OperationPermissions permissions;

    private ObjectPermissions(RequestContext context, OperationPermissions permissions) {
        this.context = context;
        this.permissions = permissions;
    }

    /**
     * Returns {@code object} when every permission of the operation allows this request to act on it.
     *
     * @throws HttpError 403 with the message of the first permission that denies
     */
    public <T> T check(T object) {
        return permissions.checkObject(context, Objects.requireNonNull(object, "object"));
    }

    /**
     * Whether the operation has permissions that may refuse an object: false when it has none but
     * {@code AllowAny} (then {@link #check} always passes, and a caller may skip loading the object).
     */
    public boolean checksObjects() {
        return permissions != OperationPermissions.ALLOW_ANY;
    }

    /**
     * The object {@code found} holds, after {@link #check}ing it (Ninja Extra's {@code get_object_or_exception}).
     *
     * @throws HttpError 404 {@code {"detail": "Not Found"}} when {@code found} is empty; 403 when a permission denies
     */
    public <T> T getOr404(Optional<T> found) {
        return check(found.orElseThrow(() -> NOT_FOUND));
    }

    /**
     * The object permissions of the operation serving {@code context}: what an annotated handler receives as an
     * {@code ObjectPermissions} parameter, for handlers that have no parameters (code operations, {@code
     * Operation.builder}). Every permission allows when the operation declares none.
     */
    public static ObjectPermissions of(RequestContext context) {
        return new ObjectPermissions(
                context, context.attribute(OperationPermissions.class).orElse(OperationPermissions.ALLOW_ANY));
    }

    /** Provides {@link ObjectPermissions} to handlers; registered by {@link PermissionsFeature}. */
    static RequestValue<ObjectPermissions> provider() {
        return new RequestValue<>() {
            @Override
            public Class<ObjectPermissions> type() {
                return ObjectPermissions.class;
            }

            @Override
            public ObjectPermissions open(RequestContext context) {
                return of(context);
            }

            @Override
            public void close(ObjectPermissions value, boolean failed) {}
        };
    }
}
