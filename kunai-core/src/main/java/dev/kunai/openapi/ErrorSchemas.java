package dev.kunai.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Kunai's error bodies as components: {@code HTTPError} ({@code {"detail": "..."}}) and {@code ValidationError}
 * ({@code {"detail": [{"type", "loc", "msg"}]}}, items in {@code ValidationErrorDetail}). Their names are reserved.
 */
final class ErrorSchemas {

    static final String HTTP_ERROR = "HTTPError";
    static final String VALIDATION_ERROR = "ValidationError";
    static final String VALIDATION_ERROR_DETAIL = "ValidationErrorDetail";
    static final Set<String> RESERVED = Set.of(HTTP_ERROR, VALIDATION_ERROR, VALIDATION_ERROR_DETAIL);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ErrorSchemas() {}

    /** A {@code $ref} to one of the error components. */
    static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** The {@code {"detail": "..."}} body. */
    static ObjectNode httpError() {
        ObjectNode schema = object("An error with a human-readable message.");
        schema.putObject("properties").putObject("detail").put("type", "string").put("description", "What went wrong.");
        schema.putArray("required").add("detail");
        return schema;
    }

    /** The 422 body: a list of field errors. */
    static ObjectNode validationError() {
        ObjectNode schema = object("The request did not validate; each item names one problem.");
        ObjectNode detail = schema.putObject("properties").putObject("detail");
        detail.put("type", "array").set("items", ref(VALIDATION_ERROR_DETAIL));
        schema.putArray("required").add("detail");
        return schema;
    }

    /** One field error: its kind, where it is, and a message. */
    static ObjectNode validationErrorDetail() {
        ObjectNode schema = object("One validation problem.");
        ObjectNode properties = schema.putObject("properties");
        properties
                .putObject("type")
                .put("type", "string")
                .put("description", "Machine-readable kind, e.g. missing, string_too_long, int_parsing.");
        ObjectNode loc = properties
                .putObject("loc")
                .put("type", "array")
                .put(
                        "description",
                        "Where: the source (body, path, query, header, cookie, form, file), then names and indexes.");
        ArrayNode anyOf = loc.putObject("items").putArray("anyOf");
        anyOf.addObject().put("type", "string");
        anyOf.addObject().put("type", "integer");
        properties.putObject("msg").put("type", "string").put("description", "Human-readable message.");
        schema.putArray("required").add("type").add("loc").add("msg");
        return schema;
    }

    private static ObjectNode object(String description) {
        return NODES.objectNode().put("type", "object").put("description", description);
    }
}
