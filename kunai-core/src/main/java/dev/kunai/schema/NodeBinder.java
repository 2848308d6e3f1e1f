package dev.kunai.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;

/**
 * Binds one JSON value (already parsed by Jackson) to a Java value of a fixed type, recording every type
 * error and constraint violation it finds instead of stopping at the first. Built once per type.
 */
public interface NodeBinder {

    /**
     * Binds {@code node} (never null; JSON null is a NullNode) found at {@code loc}; on error, records it in
     * {@code errors} and returns null.
     */
    Object bind(JsonNode node, Loc loc, Errors errors);
}
