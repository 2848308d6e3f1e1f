package dev.kunai.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;

/** What a {@link SchemaType} uses to describe its properties: the document's own schema catalog. */
public interface SchemaWriter {

    /**
     * The schema of a value of {@code type} (a {@code $ref} for records, enums and other {@link SchemaType}s,
     * inline for the rest), with the Bean Validation constraints declared on {@code constraints} (a field, a
     * record component) as JSON Schema keywords ({@code @Size} → {@code maxLength}, {@code @Min} →
     * {@code minimum}, …).
     */
    ObjectNode schema(Type type, AnnotatedElement constraints);
}
