package dev.kunai.operation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * How one handler parameter is filled, decided once at start-up from its type, name and annotations.
 *
 * @param index       position in the handler's parameter list
 * @param javaName    the Java parameter name
 * @param wireName    the name on the wire (alias, or a header name with dashes)
 * @param source      where the value comes from
 * @param type        the generic type
 * @param element     the annotated element (parameter or record component)
 * @param requiredness the presence rule
 * @param description the description, if any
 * @param example     an example, if any
 * @param group       for a record bound from query or form fields: one plan per component; else empty
 */
public record ParameterPlan(
        int index,
        String javaName,
        String wireName,
        ParamSource source,
        Type type,
        AnnotatedElement element,
        Requiredness requiredness,
        Optional<String> description,
        Optional<String> example,
        List<ParameterPlan> group) {

    /** Whether this is a record whose components come from several query/form fields. */
    public boolean isGroup() {
        return !group.isEmpty();
    }
}
