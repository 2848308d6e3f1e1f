package dev.kunai.data.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body bound by a {@link PayloadSchema}: the fields that were sent, with their bound values ({@code null} where
 * {@code null} was sent and is allowed). A field that was not sent is absent, which is how PATCH tells "leave it"
 * from "set it to null" (Ninja's {@code PatchDict}).
 *
 * @param values the sent fields by name, in schema order
 */
record Payload(Map<String, Object> values) {

    /** Keeps an unmodifiable copy that allows null values. */
    Payload {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
