package dev.kunai.data.filter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link FilterSchema} component that the record turns into a condition itself, in
 * {@link FilterSchema#custom()} (Ninja's {@code filter_<field>} methods); it gets no lookup of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Custom {}
