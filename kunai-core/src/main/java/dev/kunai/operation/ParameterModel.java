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
 */
public record ParameterModel(
        String name,
        ParamSource source,
        Type type,
        boolean required,
        Optional<String> description,
        Optional<String> example,
        Optional<String> defaultValue,
        AnnotatedElement element) {}
