package dev.kunai.permissions;

import dev.kunai.http.RequestContext;
import java.util.Objects;

/**
 * A permission class that is a composition of others, so a composition can be named in {@link Permissions}
 * (Ninja Extra writes {@code permissions=[IsAuthenticated & IsAdminUser]}; Java annotations can hold only
 * classes). Subclass it and pass the composition to the constructor, built with {@link Permission#and},
 * {@link Permission#or} and {@link Permission#not}; the parts may be injected:
 *
 * <pre>{@code
 * public final class StaffOrOwner extends ComposedPermission {
 *     @Inject StaffOrOwner(IsAdminUser staff, IsOwner owner) { super(staff.or(owner)); }
 * }
 * }</pre>
 *
 * <p>A named class rather than an expression in the annotation: the rule reads as one word where it is used, is
 * written once for every operation that needs it, its parts come from the DI container, and the compiler checks
 * it. Requests and objects are both checked by the composition; override {@link #message()} to explain a denial.
 */
public abstract class ComposedPermission implements Permission {

    private final Permission composition;

    /** A permission that allows exactly what {@code composition} allows. */
    protected ComposedPermission(Permission composition) {
        this.composition = Objects.requireNonNull(composition, "composition");
    }

    /** The composition this permission delegates to. */
    public final Permission composition() {
        return composition;
    }

    @Override
    public boolean hasPermission(RequestContext context) {
        return composition.hasPermission(context);
    }

    @Override
    public boolean hasObjectPermission(RequestContext context, Object object) {
        return composition.hasObjectPermission(context, object);
    }

    @Override
    public String message() {
        return composition.message();
    }
}
