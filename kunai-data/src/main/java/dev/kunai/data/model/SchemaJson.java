package dev.kunai.data.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.schema.Description;
import dev.kunai.schema.SchemaWriter;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Writes the OpenAPI component of a derived schema, in the shape the core gives a record's. */
final class SchemaJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaJson() {}

    /** An object schema of {@code fields}; {@code requiredOnes} decides which are listed as required. */
    static ObjectNode object(
            SchemaWriter schemas, List<DerivedField> fields, java.util.function.Predicate<DerivedField> requiredOnes) {
        ObjectNode out = NODES.objectNode().put("type", "object");
        ObjectNode properties = out.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (DerivedField field : fields) {
            properties.set(field.name(), property(schemas, field));
            if (requiredOnes.test(field)) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        return out;
    }

    private static ObjectNode property(SchemaWriter schemas, DerivedField field) {
        ObjectNode schema = schemas.schema(field.valueType(), field.attribute().field());
        if (field.shape() == DerivedField.Shape.VALUE
                && field.attribute().type() == String.class
                && field.attribute().length() > 0
                && !schema.has("maxLength")
                && field.attribute().field().getAnnotation(Size.class) == null) {
            schema.put("maxLength", field.attribute().length());
        }
        Description description = field.attribute().field().getAnnotation(Description.class);
        if (description != null) {
            schema.put("description", description.value());
        }
        return field.nullable() ? nullable(schema) : schema;
    }

    /** {@code schema} that also accepts {@code null}, as victools writes nullable members. */
    private static ObjectNode nullable(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            schema.set("type", NODES.arrayNode().add(type.asText()).add("null"));
            return schema;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
        return either;
    }
}
