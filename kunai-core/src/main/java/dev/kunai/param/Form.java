package dev.kunai.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a parameter from form fields (urlencoded or multipart); on a record, binds each component from a field. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface Form {
    /** The wire name (alias); default: the Java parameter name. */
    String value() default "";

    /** A description for the OpenAPI document. */
    String description() default "";

    /** An example value for the OpenAPI document. */
    String example() default "";
}
