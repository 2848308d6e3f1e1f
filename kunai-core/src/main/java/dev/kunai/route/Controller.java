package dev.kunai.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class as a controller: a group of operations under one path prefix and OpenAPI tags (Ninja Extra's {@code @api_controller}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Controller {
    /** The path prefix of every operation in the class, e.g. {@code ""} or {@code "books"}. */
    String value() default "";

    /** The OpenAPI tags of every operation (default: the class name without a {@code Controller} suffix). */
    String[] tags() default {};
}
