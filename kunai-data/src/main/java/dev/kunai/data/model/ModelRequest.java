package dev.kunai.data.model;

import dev.kunai.http.RequestContext;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom one {@link ModelService} call is made for: the HTTP request, whose principal the service's
 * {@link ModelService#scope} narrows every read and write to (Ninja Extra's {@code get_queryset}) and
 * {@link ModelService#beforeCreate} may make the owner of a new object, plus the operation's object-level check.
 * The generated routes pass {@code ModelRequest.of(context, permissions)}; an application's own handler does the
 * same with its {@code RequestContext} and {@code ObjectPermissions} parameters. {@link #NONE} is the application
 * acting on its own (a command, a seeder, a test fixture): nothing is scoped or checked.
 */
public final class ModelRequest {

    /** No request: every row, no object check. */
    public static final ModelRequest NONE = new ModelRequest(Optional.empty(), ObjectCheck.NONE);

    private final Optional<RequestContext> context;
    private final ObjectCheck check;

    private ModelRequest(Optional<RequestContext> context, ObjectCheck check) {
        this.context = context;
        this.check = check;
    }

    /** A call for {@code context}, scoped by its principal, with no object-level check. */
    public static ModelRequest of(RequestContext context) {
        return new ModelRequest(Optional.of(Objects.requireNonNull(context, "context")), ObjectCheck.NONE);
    }

    /** A call for {@code context}, scoped by its principal, checking loaded objects with {@code permissions}. */
    public static ModelRequest of(RequestContext context, ObjectPermissions permissions) {
        return new ModelRequest(Optional.of(Objects.requireNonNull(context, "context")), ObjectCheck.of(permissions));
    }

    /** A call for no request (unscoped) that still runs {@code check} on each loaded object. */
    public static ModelRequest checking(ObjectCheck check) {
        return new ModelRequest(Optional.empty(), Objects.requireNonNull(check, "check"));
    }

    /** The request, when the call is made for one. */
    public Optional<RequestContext> context() {
        return context;
    }

    /** The authenticated principal of the request (the value an {@code Auth} returned), if any. */
    public Optional<Object> principal() {
        return context.flatMap(c -> c.attribute(Principal.class)).map(Principal::value);
    }

    /** The object-level check run on each loaded object before it is retrieved, changed or deleted. */
    public ObjectCheck check() {
        return check;
    }
}
