package dev.kunai.operation;

import dev.kunai.binding.JsonBinders;
import dev.kunai.binding.Nullability;
import dev.kunai.binding.Types;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Whether a record component or parameter must be present, and what it becomes when absent. The rule
 * (shared by binding and the OpenAPI document): {@code Optional<T>} → empty, {@code @Default} → the default,
 * {@code @Nullable} → null; anything else is required.
 *
 * @param required    whether absence is an error ({@code missing})
 * @param acceptsNull whether an explicit JSON null counts as absence
 * @param fallback    the value used when absent (may be null for {@code @Nullable})
 */
public record Requiredness(boolean required, boolean acceptsNull, Object fallback) {

    /** Derives the rule for {@code element} of generic type {@code type}; {@code where} names it in start-up errors. */
    public static Requiredness of(AnnotatedElement element, Type type, String where) {
        if (Types.isOptional(type)) {
            return new Requiredness(false, true, Optional.empty());
        }
        Optional<Object> declared = JsonBinders.defaultValue(element, type, where);
        if (declared.isPresent()) {
            return new Requiredness(false, true, declared.get());
        }
        if (Nullability.isNullable(element)) {
            return new Requiredness(false, true, null);
        }
        return new Requiredness(true, false, null);
    }
}
