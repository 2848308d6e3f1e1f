package dev.kunai.openapi;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigPart;
import com.github.victools.jsonschema.generator.TypeScope;
import dev.kunai.binding.TextConverters;
import dev.kunai.http.UploadedFile;
import dev.kunai.schema.ComponentFacts;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import dev.kunai.schema.Example;
import dev.kunai.schema.SchemaFactsProvider;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Teaches victools Kunai's schema rules: {@link Description}, {@link Default}, {@link Example}, the required rule
 * of {@link SchemaRules}, nullability, facts from {@link SchemaFactsProvider} services, declaration-order
 * properties and maps inlined as {@code additionalProperties}.
 */
final class KunaiSchemaModule implements Module {

    private final List<SchemaFactsProvider> factsProviders;

    KunaiSchemaModule(List<SchemaFactsProvider> factsProviders) {
        this.factsProviders = List.copyOf(factsProviders);
    }

    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
        builder.forTypesInGeneral()
                .withPropertySorter((first, second) -> 0)
                .withDescriptionResolver(KunaiSchemaModule::typeDescription)
                .withCustomDefinitionProvider(new SpecialTypes());
        SchemaGeneratorConfigPart<FieldScope> fields = builder.forFields();
        fields.withDescriptionResolver(field -> own(field)
                        .map(f -> f.getAnnotation(Description.class))
                        .map(Description::value)
                        .orElse(null))
                .withRequiredCheck(
                        field -> !field.isFakeContainerItemScope() && SchemaRules.required(field.getRawMember()))
                .withNullableCheck(this::nullable)
                .withStringMaxLengthResolver(this::factsMaxLength)
                .withInstanceAttributeOverride(KunaiSchemaModule::defaultAndExample);
    }

    private static String typeDescription(TypeScope scope) {
        Description description = scope.getType().getErasedType().getAnnotation(Description.class);
        return description == null ? null : description.value();
    }

    /** The scope when it describes the component itself rather than the items of its container type. */
    private static Optional<FieldScope> own(FieldScope field) {
        return field.isFakeContainerItemScope() ? Optional.empty() : Optional.of(field);
    }

    private Boolean nullable(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        Field raw = field.getRawMember();
        if (raw.getType().isPrimitive()) {
            return Boolean.FALSE;
        }
        if (raw.getType() == Optional.class || SchemaRules.nullable(raw)) {
            return Boolean.TRUE;
        }
        return facts(raw)
                .flatMap(ComponentFacts::nullable)
                .filter(Boolean::booleanValue)
                .orElse(null);
    }

    private Integer factsMaxLength(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        Optional<Integer> fromFacts = facts(field.getRawMember()).flatMap(ComponentFacts::maxLength);
        if (fromFacts.isEmpty()) {
            return null;
        }
        Size size = field.getRawMember().getAnnotation(Size.class);
        return size == null ? fromFacts.get() : Math.min(size.max(), fromFacts.get());
    }

    private Optional<ComponentFacts> facts(Field field) {
        if (factsProviders.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordComponent> component = SchemaRules.component(field);
        if (component.isPresent()) {
            for (SchemaFactsProvider provider : factsProviders) {
                Optional<ComponentFacts> facts = provider.facts(component.get());
                if (facts.isPresent()) {
                    return facts;
                }
            }
        }
        return Optional.empty();
    }

    private static void defaultAndExample(ObjectNode node, FieldScope field, SchemaGenerationContext context) {
        if (field.isFakeContainerItemScope()) {
            return;
        }
        Default defaultValue = field.getRawMember().getAnnotation(Default.class);
        if (defaultValue != null) {
            JsonLiterals.parse(defaultValue.value(), field.getRawMember())
                    .ifPresent(value -> node.set("default", value));
        }
        Example example = field.getRawMember().getAnnotation(Example.class);
        if (example != null) {
            JsonLiterals.parse(example.value(), field.getRawMember())
                    .ifPresent(value -> node.putArray("examples").add(value));
        }
    }

    /**
     * Types with a fixed schema: maps are inlined as {@code additionalProperties} (never components), uploads and
     * streams are binary strings, a {@code PatchDict<T>} is {@code T} with nothing required, {@code byte[]} is a base64 string (as Jackson writes it), JSON trees are any value,
     * enums list their wire names ({@link TextConverters.EnumNames}, the names binding accepts).
     */
    private static final class SpecialTypes implements CustomDefinitionProviderV2 {
        @Override
        public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
            Class<?> raw = type.getErasedType();
            if (raw == UploadedFile.class || InputStream.class.isAssignableFrom(raw)) {
                return inline(context.getGeneratorConfig()
                        .createObjectNode()
                        .put("type", "string")
                        .put("format", "binary"));
            }
            if (raw == byte[].class) {
                return inline(context.getGeneratorConfig()
                        .createObjectNode()
                        .put("type", "string")
                        .put("contentEncoding", "base64"));
            }
            if (raw == dev.kunai.schema.PatchDict.class
                    && !type.getTypeParameters().isEmpty()) {
                // PatchDict<T>: T's object schema with nothing required (Ninja's PatchDict), its own component
                ObjectNode schema = context.createStandardDefinition(
                        type.getTypeParameters().getFirst(), this);
                schema.remove("required");
                return new CustomDefinition(schema);
            }
            if (JsonNode.class.isAssignableFrom(raw)) {
                return inline(context.getGeneratorConfig().createObjectNode());
            }
            if (type.isInstanceOf(Map.class)) {
                return inline(context.createStandardDefinition(type, this));
            }
            if (raw.isEnum()) {
                ObjectNode schema =
                        context.getGeneratorConfig().createObjectNode().put("type", "string");
                TextConverters.EnumNames.wireNames(raw).forEach(schema.putArray("enum")::add);
                return new CustomDefinition(schema);
            }
            return null;
        }

        private static CustomDefinition inline(ObjectNode schema) {
            return new CustomDefinition(
                    schema, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
        }
    }
}
