package dev.kunai.operation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * One request parameter of an operation as documented: a path, query, header, cookie or form value, or
 * an uploaded file. Record-grouped query/form parameters appear here one per component.
 *
 * @param name         the wire name (after aliasing)
 * @param source       where it is read from
 * @param type         the Java type (generic), e.g. {@code List<Integer>}
 * @param required     whether a request without it is a 422
 * @param description  the description, if any
 * @param example      an example value (raw text), if any
 * @param defaultValue the default as a JSON literal, if any
 * @param element      the annotated element carrying constraints (method parameter or record component)
 * @param minimum      a lower bound known only at start-up (e.g. a paginator's smallest page size), documented
 *                     as the schema's {@code minimum} in place of any {@code @Min} on the element
 * @param maximum      an upper bound known only at start-up (e.g. a paginator's largest page size), documented
 *                     as the schema's {@code maximum} in place of any {@code @Max} on the element
 */
public record ParameterModel(
        String name,
        ParamSource source,
        Type type,
        boolean required,
        Optional<String> description,
        Optional<String> example,
        Optional<String> defaultValue,
        AnnotatedElement element,
        Optional<Long> minimum,
        Optional<Long> maximum) {

    /** A parameter whose bounds, if any, are its element's constraints ({@code @Min}, {@code @Max}). */
    public ParameterModel(
            String name,
            ParamSource source,
            Type type,
            boolean required,
            Optional<String> description,
            Optional<String> example,
            Optional<String> defaultValue,
            AnnotatedElement element) {
        this(
                name,
                source,
                type,
                required,
                description,
                example,
                defaultValue,
                element,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * This parameter documented with {@code settings}' default and bounds (each one given replaces this
     * parameter's own).
     */
    public ParameterModel with(ParameterSettings settings) {
        return new ParameterModel(
                name,
                source,
                type,
                required,
                description,
                example,
                settings.defaultValue().or(() -> defaultValue),
                element,
                settings.minimum().or(() -> minimum),
                settings.maximum().or(() -> maximum));
    }
}
