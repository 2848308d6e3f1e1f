package dev.kunai.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.schema.SchemaModel;
import dev.kunai.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Maps entities to their ModelSchema records (precompiled per record, no per-call reflection). */
public final class Schemas {

    private Schemas() {}

    /** {@code entity} as a {@code schema} record; call it inside the session that loaded the entity. */
    public static <S> S map(Object entity, Class<S> schema) {
        return schema.cast(SchemaModel.of(schema).map(entity));
    }

    /** Each of {@code entities} as a {@code schema} record, in order. */
    public static <S> List<S> mapAll(Collection<?> entities, Class<S> schema) {
        SchemaModel model = SchemaModel.of(schema);
        List<S> result = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            result.add(schema.cast(model.map(entity)));
        }
        return List.copyOf(result);
    }

    /** {@code entities} (or records already mapped) as the JSON array a handler returning {@code List<S>} writes (handy in tests). */
    public static <S> JsonNode toJson(Collection<?> entities, Class<S> schema) {
        return roundTrip(mapAll(entities, schema));
    }

    /** {@code entity} as the JSON object a handler returning {@code S} writes. */
    public static <S> JsonNode toJson(Object entity, Class<S> schema) {
        return roundTrip(map(entity, schema));
    }

    /** Writes then parses, so numbers get the node types a parsed response body has (an id 1 is an IntNode). */
    private static JsonNode roundTrip(Object value) {
        try {
            return Json.mapper().readTree(Json.mapper().writeValueAsBytes(value));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
