package dev.kunai.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kunai.json.Json;
import java.util.Optional;

/** Turns the JSON literals of {@code @Default}/{@code @Example} and raw parameter examples into JSON values. */
final class JsonLiterals {

    private JsonLiterals() {}

    /** Parses a JSON literal declared on {@code where}; a JSON {@code null} is empty (the document holds no nulls). */
    static Optional<JsonNode> parse(String literal, Object where) {
        try {
            JsonNode value = Json.mapper().readTree(literal);
            return value == null || value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "OpenAPI: '" + literal + "' on " + where
                            + " is not a JSON literal (write strings in quotes, e.g. \"\\\"asc\\\"\")",
                    e);
        }
    }

    /** A parameter's default or example: raw text for string parameters, else JSON when it parses, else text. */
    static Optional<JsonNode> lenient(String raw, boolean stringTyped) {
        if (!stringTyped) {
            try {
                JsonNode value = Json.mapper().readTree(raw);
                if (value != null && !value.isMissingNode()) {
                    return value.isNull() ? Optional.empty() : Optional.of(value);
                }
            } catch (JsonProcessingException e) {
                // not JSON: keep the text as written
            }
        }
        if (stringTyped && raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            try {
                return Optional.of(Json.mapper().readTree(raw));
            } catch (JsonProcessingException e) {
                // not a JSON string: keep the text as written
            }
        }
        return Optional.of(TextNode.valueOf(raw));
    }
}
