package dev.kunai.data.schema;

import dev.kunai.data.ModelSchema;
import dev.kunai.schema.ComponentFacts;
import dev.kunai.schema.SchemaFactsProvider;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Tells the OpenAPI generator what the entity knows about a ModelSchema component: the column length of a
 * string (→ {@code maxLength}) and whether the column allows null. Registered through ServiceLoader.
 */
public final class EntityColumnFacts implements SchemaFactsProvider {

    /** Creates the provider (ServiceLoader calls this). */
    public EntityColumnFacts() {}

    @Override
    public Optional<ComponentFacts> facts(RecordComponent component) {
        ModelSchema marker = component.getDeclaringRecord().getAnnotation(ModelSchema.class);
        if (marker == null) {
            return Optional.empty();
        }
        EntityModel entity;
        try {
            entity = EntityModel.of(marker.value());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return entity.attribute(component.getName()).map(attribute -> {
            boolean text = component.getType() == String.class && attribute.type() == String.class;
            Optional<Integer> maxLength = text && attribute.kind() == EntityModel.Kind.BASIC
                    ? Optional.of(attribute.length())
                    : Optional.empty();
            return new ComponentFacts(maxLength, Optional.of(attribute.nullable()));
        });
    }
}
