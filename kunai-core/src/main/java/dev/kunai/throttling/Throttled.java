package dev.kunai.throttling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Throttles an operation, or every operation of a controller (Django Ninja's {@code throttle=} on a
 * router or an operation). Repeat it for several limits; a request must pass all of them. The most specific
 * declaration wins: an operation's throttles replace its controller's, which replace the API's defaults;
 * {@link NoThrottle} removes them all.
 *
 * <p>The scope picks the throttle: {@code "anon"} is {@link AnonRateThrottle} (client address, anonymous
 * requests only), {@code "user"} (the default) is {@link UserRateThrottle}, any other name is a
 * {@link ScopedRateThrottle} shared by every operation that names it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Throttled.List.class)
public @interface Throttled {

    /** The rate, e.g. {@code "10/s"} or {@code "100/5m"}; empty: the setting {@code throttle.rates.<scope>}. */
    String rate() default "";

    /** The scope: {@code "anon"}, {@code "user"} or a name of your own. */
    String scope() default UserRateThrottle.SCOPE;

    /** The container of repeated {@link Throttled} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        /** The repeated annotations. */
        Throttled[] value();
    }
}
