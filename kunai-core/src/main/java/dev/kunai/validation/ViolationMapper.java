package dev.kunai.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/** Turns Jakarta Validation violations into Kunai {@link ValidationError}s with pydantic-style types. */
public final class ViolationMapper {

    private ViolationMapper() {}

    /** Records {@code violation} under {@code base}, appending the violation's property path (skipping the first {@code skip} nodes). */
    public static void record(ConstraintViolation<?> violation, Loc base, int skip, Errors errors) {
        Loc loc = base;
        int i = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (i++ < skip) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    loc = loc.index(node.getIndex());
                } else if (node.getKey() != null) {
                    loc = loc.field(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                loc = loc.field(node.getName());
            }
        }
        errors.add(loc, type(violation), violation.getMessage());
    }

    /** The pydantic-style error type of a violation. */
    static String type(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        String name = annotation.annotationType().getSimpleName();
        Object value = violation.getInvalidValue();
        return switch (name) {
            case "Size", "Length" ->
                sizeType(value, violation.getConstraintDescriptor().getAttributes());
            case "NotNull" -> "missing";
            case "NotBlank", "NotEmpty" ->
                value instanceof CharSequence || value == null ? "string_too_short" : "too_short";
            case "Min", "DecimalMin", "PositiveOrZero" -> "greater_than_equal";
            case "Positive" -> "greater_than";
            case "Max", "DecimalMax", "NegativeOrZero" -> "less_than_equal";
            case "Negative" -> "less_than";
            case "Pattern" -> "string_pattern_mismatch";
            case "Email" -> "value_error.email";
            case "Past", "PastOrPresent" -> "datetime_past";
            case "Future", "FutureOrPresent" -> "datetime_future";
            default -> "value_error";
        };
    }

    private static String sizeType(Object value, Map<String, Object> attributes) {
        int size = value instanceof CharSequence s
                ? s.length()
                : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
        Object min = attributes.get("min");
        boolean tooShort = min instanceof Integer m && size >= 0 && size < m;
        if (value instanceof CharSequence || value == null) {
            return tooShort ? "string_too_short" : "string_too_long";
        }
        return tooShort ? "too_short" : "too_long";
    }
}
