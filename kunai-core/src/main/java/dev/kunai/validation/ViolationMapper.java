package dev.kunai.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Jakarta Validation violations into Kunai {@link ValidationError}s with pydantic-style types and messages:
 * a built-in constraint without a message of its own reads as pydantic writes it ({@code @Size(max = 255)} on a
 * string: "String should have at most 255 characters"), so constraint errors and type errors ("Input should be a
 * valid integer") speak one language. A constraint with its own {@code message} keeps it.
 */
public final class ViolationMapper {

    private ViolationMapper() {}

    /** Records {@code violation} under {@code base}, appending the violation's property path (skipping the first {@code skip} nodes). */
    public static void record(ConstraintViolation<?> violation, Loc base, int skip, Errors errors) {
        record(violation, base, skip, List.of(), List.of(), errors);
    }

    /**
     * Records a violation of a record's own constraints under {@code base}, naming the component it belongs to as
     * the client wrote it: {@code loc} ends in {@code page_size} for a component {@code pageSize} bound from
     * {@code ?page_size=} (Ninja's {@code loc} names the input's alias, not the Python attribute).
     *
     * @param components the record's component names, in declaration order
     * @param wireNames  the name each component has on the wire (query parameter or JSON property), same order
     */
    public static void record(
            ConstraintViolation<?> violation,
            Loc base,
            List<String> components,
            List<String> wireNames,
            Errors errors) {
        record(violation, base, 0, components, wireNames, errors);
    }

    private static void record(
            ConstraintViolation<?> violation,
            Loc base,
            int skip,
            List<String> components,
            List<String> wireNames,
            Errors errors) {
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
                int component = i == skip + 1 ? components.indexOf(node.getName()) : -1;
                loc = loc.field(component >= 0 ? wireNames.get(component) : node.getName());
            }
        }
        String type = type(violation);
        errors.add(loc, type, message(violation, type));
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

    /** Pydantic's wording for {@code type}, unless the constraint declares its own message. */
    static String message(ConstraintViolation<?> violation, String type) {
        if (!violation.getMessageTemplate().startsWith("{jakarta.validation.constraints.")) {
            return violation.getMessage();
        }
        Map<String, Object> a = violation.getConstraintDescriptor().getAttributes();
        String name = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (type) {
            case "string_too_long" -> "String should have at most " + count(a.get("max"), "character");
            case "string_too_short" ->
                switch (name) {
                    case "Size", "Length" -> "String should have at least " + count(a.get("min"), "character");
                    case "NotBlank" -> "String should not be blank";
                    default -> "String should have at least 1 character";
                };
            case "too_long" -> "Input should have at most " + count(a.get("max"), "item");
            case "too_short" -> "Input should have at least " + count(name.equals("Size") ? a.get("min") : 1, "item");
            case "missing" -> "Field required";
            case "greater_than_equal" -> "Input should be greater than or equal to " + bound(a, name);
            case "greater_than" -> "Input should be greater than 0";
            case "less_than_equal" -> "Input should be less than or equal to " + bound(a, name);
            case "less_than" -> "Input should be less than 0";
            case "string_pattern_mismatch" -> "String should match pattern '" + a.get("regexp") + "'";
            case "value_error.email" -> "Value is not a valid email address";
            case "datetime_past" -> "Input should be in the past";
            case "datetime_future" -> "Input should be in the future";
            default -> violation.getMessage();
        };
    }

    private static String count(Object n, String unit) {
        return n + " " + unit + (Integer.valueOf(1).equals(n) ? "" : "s");
    }

    private static Object bound(Map<String, Object> attributes, String constraint) {
        return switch (constraint) {
            case "PositiveOrZero", "NegativeOrZero" -> 0;
            default -> attributes.get("value");
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
