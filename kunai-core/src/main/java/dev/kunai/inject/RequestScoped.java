package dev.kunai.inject;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose instances live for one request (e.g. kunai-data's {@code Session}): a handler
 * parameter of such a type is filled by the {@link RequestValue} registered for it, opened before the
 * handler runs and closed after it, before the response is sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequestScoped {}
