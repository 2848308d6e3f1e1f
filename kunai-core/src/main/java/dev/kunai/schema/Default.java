package dev.kunai.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value a missing record component or parameter takes: a JSON literal ({@code "[]"}, {@code "10"}, {@code "\"asc\""}) or, for a scalar, its plain text ({@code "asc"}); it makes the value optional. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Default {
    /** The default as a JSON literal. */
    String value();
}
