package dev.kunai.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a parameter from the JSON request body (inferred for records, lists and maps). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface Body {
    /** A description of the body for the OpenAPI document. */
    String description() default "";

    /** An example body (JSON) for the OpenAPI document. */
    String example() default "";
}
