package dev.kunai.openapi;

import dev.kunai.binding.Nullability;
import dev.kunai.schema.Default;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Kunai's one rule for required-ness, shared by the OpenAPI document and the binder: a record component (or
 * parameter) is required unless its type is {@code Optional}, it is marked nullable (Kunai's
 * {@link dev.kunai.schema.Nullable} or any {@code @Nullable}, as {@link Nullability} recognises), or it has a
 * {@link Default}.
 */
public final class SchemaRules {

    private SchemaRules() {}

    /** Whether a request must carry this record component. */
    public static boolean required(RecordComponent component) {
        return component.getType() != Optional.class
                && !Nullability.isNullable(component)
                && !component.isAnnotationPresent(Default.class);
    }

    /** Whether a request must carry the value bound to this method parameter. */
    public static boolean required(Parameter parameter) {
        return parameter.getType() != Optional.class
                && !Nullability.isNullable(parameter)
                && !parameter.isAnnotationPresent(Default.class);
    }

    /** Whether a JSON object must carry this field (a record's field follows its component). */
    public static boolean required(Field field) {
        return field.getType() != Optional.class && !nullable(field) && !field.isAnnotationPresent(Default.class);
    }

    /** Whether a field is marked nullable, on the declaration, its type use, or its record component. */
    static boolean nullable(Field field) {
        Optional<RecordComponent> component = component(field);
        if (component.isPresent()) {
            return Nullability.isNullable(component.get());
        }
        return Nullability.isNullable(field) || Nullability.isNullable(field.getAnnotatedType());
    }

    /** The record component a record's private field stores. */
    static Optional<RecordComponent> component(Field field) {
        if (!field.getDeclaringClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : field.getDeclaringClass().getRecordComponents()) {
            if (component.getName().equals(field.getName())) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }
}
