package dev.kunai.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Puts a record's constraint violations in a stable order. The validator returns a {@link Set} with no order of
 * its own (a run listed {@code offset} before {@code limit} where another listed {@code limit} first), so a 422's
 * errors follow the record's components as pydantic lists a model's fields: class-level violations first, then
 * each component's own (its container elements included), then those on getters such as
 * {@code @AssertTrue boolean isOrdered()}; ties are broken by the property path and the constraint's message
 * template.
 */
public final class ViolationOrder {

    private static final int CLASS_LEVEL = -1;
    private static final int NESTED = -2;

    private ViolationOrder() {}

    /**
     * The violations that belong to the record itself, in component order.
     *
     * @param violations what {@code Validator.validate(record)} returned
     * @param components the record's component names, in declaration order
     * @return class-level violations, then each component's, then getters', without violations cascaded into a
     *     nested value (those are reported where the nested value was validated)
     */
    public static <T> List<ConstraintViolation<T>> own(
            Set<ConstraintViolation<T>> violations, List<String> components) {
        List<ConstraintViolation<T>> own = new ArrayList<>(violations.size());
        for (ConstraintViolation<T> violation : violations) {
            if (index(violation, components) != NESTED) {
                own.add(violation);
            }
        }
        own.sort(Comparator.<ConstraintViolation<T>>comparingInt(v -> index(v, components))
                .thenComparing(v -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessageTemplate));
        return own;
    }

    /**
     * The component a violation belongs to: -1 for a class-level one, the number of components for one on a
     * getter (after the components), -2 for one cascaded into a nested value.
     */
    private static int index(ConstraintViolation<?> violation, List<String> components) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        Path.Node first = nodes.next();
        if (first.getKind() == ElementKind.BEAN) {
            return CLASS_LEVEL;
        }
        while (nodes.hasNext()) {
            if (nodes.next().getKind() != ElementKind.CONTAINER_ELEMENT) {
                return NESTED;
            }
        }
        int component = components.indexOf(first.getName());
        if (component >= 0) {
            return component;
        }
        return first.getKind() == ElementKind.PROPERTY ? components.size() : NESTED;
    }
}
