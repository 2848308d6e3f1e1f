package dev.kunai.openapi;

import dev.kunai.schema.Default;
import dev.kunai.schema.Nullable;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Kunai's one rule for required-ness, shared by the OpenAPI document and the binder: a record component (or
 * parameter) is required unless its type is {@code Optional}, it is annotated {@link Nullable}, or it has a
 * {@link Default}.
 */
public final class SchemaRules {

    private SchemaRules() {
    }

    /** Whether a request must carry this record component. */
    public static boolean required(RecordComponent component) {
        return required(component, component.getType(), component.getAnnotatedType());
    }

    /** Whether a request must carry the value bound to this method parameter. */
    public static boolean required(Parameter parameter) {
        return required(parameter, parameter.getType(), parameter.getAnnotatedType());
    }

    /** Whether a JSON object must carry this field (a record's field carries its component's annotations). */
    public static boolean required(Field field) {
        return required(field, field.getType(), field.getAnnotatedType());
    }

    private static boolean required(AnnotatedElement element, Class<?> type, AnnotatedElement typeUse) {
        return type != Optional.class
                && !element.isAnnotationPresent(Nullable.class)
                && !typeUse.isAnnotationPresent(Nullable.class)
                && !element.isAnnotationPresent(Default.class);
    }
}
