package dev.kunai.schema;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * A service (found with {@link java.util.ServiceLoader}) that supplies {@link ComponentFacts} for record
 * components; kunai-data implements it for ModelSchema records from their entities' column metadata.
 */
public interface SchemaFactsProvider {

    /** Facts about {@code component}, or empty when this provider knows nothing about it. */
    Optional<ComponentFacts> facts(RecordComponent component);
}
