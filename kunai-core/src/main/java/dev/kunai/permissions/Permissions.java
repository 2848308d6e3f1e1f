package dev.kunai.permissions;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a request must pass to run an operation, or every operation of a controller (Ninja Extra's
 * {@code permissions=[...]} on {@code @api_controller} or {@code @route}). Every listed class must allow, checked
 * in order until one denies, whose {@link Permission#message()} is the 403's detail. The most specific
 * declaration wins: an operation's list replaces its controller's, which replaces the application's default
 * ({@link PermissionsFeature#defaults(Class[])}); {@code @Permissions({})} makes an operation public ({@link AllowAny}).
 *
 * <p>Each class is created once, at start-up, through the application's DI container, so it may have an
 * {@code @Inject} constructor. For Ninja Extra's {@code IsAuthenticated & IsAdminUser} or {@code |} / {@code ~},
 * name the composition: a {@link ComposedPermission} subclass.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Permissions {

    /** The permission classes; all must allow. Empty: anyone may run the operation. */
    Class<? extends Permission>[] value();
}
