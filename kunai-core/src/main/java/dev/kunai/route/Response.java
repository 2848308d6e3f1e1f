package dev.kunai.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one more response an operation can give, with its body type: the run-time status comes from
 * {@link dev.kunai.http.Status} or {@link dev.kunai.http.HttpError}; this feeds the OpenAPI document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Responses.class)
public @interface Response {
    /** The status code. */
    int status();

    /** The body type ({@code Void.class} for no body). */
    Class<?> type() default Void.class;

    /** A description of when this response happens. */
    String description() default "";
}
