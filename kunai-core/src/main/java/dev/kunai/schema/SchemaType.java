package dev.kunai.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;

/**
 * A JSON schema defined at runtime rather than by a Java class, usable wherever an operation names a body or
 * result type: Java cannot make record types at runtime, so a schema derived from something else (an entity's
 * attributes with include/exclude rules, in kunai-data) is this object instead. It carries what the core would
 * otherwise derive from a record: the binder of request bodies (strict types, constraints, every error at once
 * with its location) and the OpenAPI component, published under {@link #name()} like a record's. Values of the
 * type are written as JSON by Jackson (a {@code Map}, a tree, a record). Built once at start-up; its binder runs
 * per request without reflection.
 *
 * <p>Two schema types with the same {@link #name()} in one document must have equal {@link #definition}s;
 * otherwise the document fails to generate.
 */
public interface SchemaType extends Type {

    /** The component name in {@code #/components/schemas/} (e.g. {@code AuthorCreateSchema}). */
    String name();

    /** Binds a JSON body to the value the handler receives; errors are recorded at the given location. */
    NodeBinder binder();

    /**
     * The component's JSON Schema (an {@code object} schema), written with {@code schemas} for the Java types of
     * its properties (so that enums, dates and nested records are described as everywhere else).
     */
    ObjectNode definition(SchemaWriter schemas);

    @Override
    default String getTypeName() {
        return name();
    }
}
