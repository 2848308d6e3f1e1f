package dev.kunai.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Jakarta Validation constraints on a parameter (method parameter or record component of a grouped query/form)
 * as JSON Schema keywords. victools' validation module does the same for record components inside bodies; it
 * has no scope for method parameters, so this small mapping covers them with the same keywords.
 */
final class ParameterConstraints {

    private ParameterConstraints() {}

    /** Adds the constraint keywords of {@code element} to {@code schema} (an inline schema or a {@code $ref}). */
    static void apply(ObjectNode schema, AnnotatedElement element) {
        boolean array = "array".equals(text(schema.get("type")));
        Size size = annotation(element, Size.class);
        if (size != null) {
            if (size.min() > 0) {
                schema.put(array ? "minItems" : "minLength", size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                schema.put(array ? "maxItems" : "maxLength", size.max());
            }
        }
        if ((annotation(element, NotBlank.class) != null || annotation(element, NotEmpty.class) != null)
                && !schema.has(array ? "minItems" : "minLength")) {
            schema.put(array ? "minItems" : "minLength", 1);
        }
        Pattern pattern = annotation(element, Pattern.class);
        if (pattern != null) {
            schema.put("pattern", pattern.regexp());
        }
        if (annotation(element, Email.class) != null) {
            schema.put("format", "email");
        }
        Min min = annotation(element, Min.class);
        if (min != null) {
            schema.put("minimum", min.value());
        }
        Max max = annotation(element, Max.class);
        if (max != null) {
            schema.put("maximum", max.value());
        }
        DecimalMin decimalMin = annotation(element, DecimalMin.class);
        if (decimalMin != null) {
            schema.put(decimalMin.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(decimalMin.value()));
        }
        DecimalMax decimalMax = annotation(element, DecimalMax.class);
        if (decimalMax != null) {
            schema.put(decimalMax.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(decimalMax.value()));
        }
        if (annotation(element, Positive.class) != null) {
            schema.put("exclusiveMinimum", 0);
        }
        if (annotation(element, PositiveOrZero.class) != null) {
            schema.put("minimum", 0);
        }
        if (annotation(element, Negative.class) != null) {
            schema.put("exclusiveMaximum", 0);
        }
        if (annotation(element, NegativeOrZero.class) != null) {
            schema.put("maximum", 0);
        }
    }

    /**
     * An annotation on the element; for a record component also on its field and accessor, where Java puts
     * annotations (such as Jakarta's) that cannot target record components directly.
     */
    static <A extends Annotation> A annotation(AnnotatedElement element, Class<A> type) {
        A direct = element.getAnnotation(type);
        if (direct != null) {
            return direct;
        }
        A declared = element instanceof RecordComponent component ? onRecordComponent(component, type) : null;
        return declared != null ? declared : onOptionalValue(element, type);
    }

    private static <A extends Annotation> A onRecordComponent(RecordComponent component, Class<A> type) {
        try {
            A onField = component
                    .getDeclaringRecord()
                    .getDeclaredField(component.getName())
                    .getAnnotation(type);
            return onField != null ? onField : component.getAccessor().getAnnotation(type);
        } catch (NoSuchFieldException e) {
            return component.getAccessor().getAnnotation(type);
        }
    }

    /**
     * A constraint on the value inside an {@code Optional} ({@code Optional<@Min(1) Integer> limit}), which
     * Hibernate Validator checks on the unwrapped value and the document must show as the parameter's own.
     */
    private static <A extends Annotation> A onOptionalValue(AnnotatedElement element, Class<A> type) {
        AnnotatedType annotated = element instanceof RecordComponent component
                ? component.getAnnotatedType()
                : element instanceof Parameter parameter ? parameter.getAnnotatedType() : null;
        if (annotated instanceof AnnotatedParameterizedType parameterized
                && parameterized.getType() instanceof ParameterizedType generic
                && generic.getRawType() == Optional.class) {
            return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(type);
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.asText();
    }
}
