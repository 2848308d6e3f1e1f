package dev.kunai.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.kunai.json.Json;
import dev.kunai.schema.SchemaFactsProvider;
import dev.kunai.schema.SchemaType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code components/schemas} of one document: hands out {@code $ref}s for Java types while operations are
 * written (victools fills them in at the end) and then collects every definition, plus the error schemas used.
 */
final class SchemaCatalog {

    private static final String REF_PREFIX = "#/components/schemas/";

    private final SchemaBuilder builder;
    private final Map<Type, ObjectNode> generated = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();
    private final Set<String> errorSchemas = new LinkedHashSet<>();
    private final Map<String, ObjectNode> runtime = new TreeMap<>();
    private boolean collected;

    SchemaCatalog(List<SchemaFactsProvider> factsProviders) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        Json.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS,
                        Option.FLATTENED_OPTIONALS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.STANDARD_FORMATS,
                        Option.EXTRA_OPEN_API_FORMAT_VALUES,
                        Option.INLINE_NULLABLE_SCHEMAS,
                        Option.ALLOF_CLEANUP_AT_THE_END,
                        Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END)
                .without(Option.SCHEMA_VERSION_INDICATOR)
                .with(new KunaiSchemaModule(factsProviders))
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        config.forTypesInGeneral().withDefinitionNamingStrategy(new SchemaNaming(ErrorSchemas.RESERVED));
        this.builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    /**
     * The schema of a value of {@code type}: a {@code $ref} for records and enums, inline for the rest. The caller
     * may add keywords (constraints, defaults); references to components are completed by {@link #collect()}.
     * victools generates each distinct type once; every use gets its own copy.
     */
    ObjectNode schema(Type type) {
        if (collected) {
            throw new IllegalStateException("schemas already collected");
        }
        if (type instanceof SchemaType runtimeSchema) {
            return runtimeRef(runtimeSchema);
        }
        ObjectNode source = generated.computeIfAbsent(type, builder::createSchemaReference);
        ObjectNode copy = source.deepCopy();
        uses.add(new Use(copy, copy.deepCopy(), source));
        return copy;
    }

    /**
     * A {@code $ref} to a runtime schema; its definition is written the first time (with this catalog for its
     * properties) and must be the same for every schema type of that name.
     */
    private ObjectNode runtimeRef(SchemaType type) {
        String name = type.name();
        if (!runtime.containsKey(name)) {
            runtime.put(name, Json.mapper().createObjectNode()); // a placeholder ends recursion
            runtime.put(name, type.definition(this::constrained));
        } else if (!runtime.get(name).isEmpty()) {
            ObjectNode again = type.definition(this::constrained);
            if (!again.equals(runtime.get(name))) {
                throw new IllegalStateException("OpenAPI: two different schemas are both named " + name);
            }
        }
        return Json.mapper().createObjectNode().put("$ref", REF_PREFIX + name);
    }

    /** The schema of {@code type} with the constraints declared on {@code element}. */
    private ObjectNode constrained(Type type, java.lang.reflect.AnnotatedElement element) {
        ObjectNode schema = schema(type);
        ParameterConstraints.apply(schema, element);
        return schema;
    }

    /** A {@code $ref} to an error schema, which is then included in the components. */
    ObjectNode errorRef(String name) {
        errorSchemas.add(name);
        if (name.equals(ErrorSchemas.VALIDATION_ERROR)) {
            errorSchemas.add(ErrorSchemas.VALIDATION_ERROR_DETAIL);
        }
        return ErrorSchemas.ref(name);
    }

    /** Every component, sorted by name; call once, after all operations are written. */
    ObjectNode collect() {
        collected = true;
        ObjectNode definitions = builder.collectDefinitions("components/schemas");
        uses.forEach(Use::complete);
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            sorted.put(entry.getKey(), entry.getValue());
        }
        runtime.forEach((name, definition) -> {
            if (sorted.put(name, definition) != null) {
                throw new IllegalStateException("OpenAPI: a record and a runtime schema are both named " + name);
            }
        });
        for (String name : errorSchemas) {
            JsonNode previous = sorted.put(
                    name,
                    switch (name) {
                        case ErrorSchemas.HTTP_ERROR -> ErrorSchemas.httpError();
                        case ErrorSchemas.VALIDATION_ERROR -> ErrorSchemas.validationError();
                        default -> ErrorSchemas.validationErrorDetail();
                    });
            if (previous != null) {
                throw new IllegalStateException("OpenAPI: a user type was named after the reserved component " + name);
            }
        }
        ObjectNode out = Json.mapper().createObjectNode();
        sorted.forEach(out::set);
        return out;
    }

    /** One handed-out schema: what it looked like when handed out, and victools' node for its type. */
    private record Use(ObjectNode handedOut, ObjectNode asHandedOut, ObjectNode source) {
        /** Rebuilds the handed-out node from the now complete source, keeping keywords the caller added or changed. */
        void complete() {
            ObjectNode complete = source.deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = handedOut.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().equals(asHandedOut.get(field.getKey()))) {
                    complete.set(field.getKey(), field.getValue());
                }
            }
            handedOut.removeAll();
            handedOut.setAll(complete);
        }
    }

    /** The component name a {@code $ref} points to, if it is one. */
    static java.util.Optional<String> refName(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref != null && ref.isTextual() && ref.asText().startsWith(REF_PREFIX)
                ? java.util.Optional.of(ref.asText().substring(REF_PREFIX.length()))
                : java.util.Optional.empty();
    }
}
