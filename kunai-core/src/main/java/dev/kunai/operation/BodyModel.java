package dev.kunai.operation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * The request body of an operation: a JSON value bound to {@link #type()}, or a form (urlencoded or
 * multipart) whose fields are listed among the operation's parameters.
 *
 * @param name        the Java parameter name (second element of an error's {@code loc})
 * @param type        the body type
 * @param mediaType   {@code application/json}, {@code application/x-www-form-urlencoded} or {@code multipart/form-data}
 * @param required    whether an empty body is an error
 * @param description the description (e.g. "Book payload"), if any
 * @param example     an example body as JSON text, if any
 * @param element     the annotated method parameter
 */
public record BodyModel(
        String name,
        Type type,
        String mediaType,
        boolean required,
        Optional<String> description,
        Optional<String> example,
        AnnotatedElement element) {}
