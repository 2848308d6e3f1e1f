package dev.kunai.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the response schema of an entity (Django Ninja's {@code ModelSchema}): each component
 * mirrors the entity attribute of the same name; a component whose type is another ModelSchema (or a list of
 * one) mirrors a relation. Checked against the entity at start-up; mapped without per-call reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelSchema {
    /** The entity class this record is a schema of. */
    Class<?> value();
}
