package dev.kunai.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a POST operation on a controller method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface Post {
    /** The path relative to the controller prefix, e.g. {@code "books/{id}"}; {@code {name:path}} captures the rest. */
    String value() default "";

    /** The success status (default 200; {@code void} handlers default to 204). */
    int status() default 0;

    /** A short summary; default: the method name made readable ({@code getBooks} -> "Get Books"). */
    String summary() default "";

    /** A longer description (Markdown). */
    String description() default "";

    /** Overrides the generated operationId ({@code controllerName_methodName}). */
    String operationId() default "";

    /** Overrides the controller's OpenAPI tags for this operation. */
    String[] tags() default {};

    /** Marks the operation deprecated in the OpenAPI document. */
    boolean deprecated() default false;
}
