package dev.kunai.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a parameter from a request cookie. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface Cookie {
    /** The wire name (alias); default: the Java parameter name. */
    String value() default "";

    /** A description for the OpenAPI document. */
    String description() default "";

    /** An example value for the OpenAPI document. */
    String example() default "";
}
