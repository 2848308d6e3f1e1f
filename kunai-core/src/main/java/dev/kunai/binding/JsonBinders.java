package dev.kunai.binding;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.reflect.TypeToken;
import dev.kunai.json.Json;
import dev.kunai.schema.Default;
import dev.kunai.schema.NodeBinder;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@link NodeBinder}s for Java types: strict scalars (no number-to-string or string-to-number
 * coercion), records (all components checked, Bean Validation per record), lists, sets, maps and
 * {@code Optional}; anything else is handed to Jackson. One binder per type, built at start-up.
 */
public final class JsonBinders {

    private static final Map<Type, NodeBinder> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = Json.mapper();

    private JsonBinders() {}

    /** The binder for {@code type} (cached; recursive types are supported). */
    public static NodeBinder forType(Type type) {
        if (type instanceof dev.kunai.schema.SchemaType schema) {
            return schema.binder();
        }
        NodeBinder cached = CACHE.get(type);
        if (cached != null) {
            return cached;
        }
        if (Types.isRecord(type)) {
            // Register a forwarding binder first so recursive records terminate.
            Forward forward = new Forward();
            NodeBinder previous = CACHE.putIfAbsent(type, forward);
            if (previous != null) {
                return previous;
            }
            NodeBinder real = RecordBinder.create(type);
            forward.target = real;
            CACHE.put(type, real);
            return real;
        }
        NodeBinder built = build(type);
        CACHE.putIfAbsent(type, built);
        return built;
    }

    /** The value {@code @Default} declares on {@code element}, bound with {@code binder}; fails start-up when invalid. */
    public static Optional<Object> defaultValue(AnnotatedElement element, Type type, String where) {
        Default annotation = element.getAnnotation(Default.class);
        if (annotation == null) {
            return Optional.empty();
        }
        Errors errors = new Errors();
        try {
            JsonNode literal = MAPPER.readTree(annotation.value());
            if (literal != null && !literal.isMissingNode()) {
                Object value = forType(type).bind(literal, Loc.source("default"), errors);
                if (!errors.any()) {
                    return Optional.ofNullable(value);
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: a scalar may still take it as plain text below
        }
        Optional<TextConverter> text = TextConverters.forType(Types.raw(Types.unwrap(type)));
        if (text.isPresent() && !Types.isCollection(type)) {
            try {
                Object value = text.get().convert(annotation.value());
                return Optional.of(Types.isOptional(type) ? Optional.of(value) : value);
            } catch (ConversionException e) {
                throw new IllegalStateException(where + ": @Default(\"" + annotation.value() + "\") is not a valid "
                        + Types.describe(type) + ": " + e.getMessage());
            }
        }
        throw new IllegalStateException(where + ": @Default(\"" + annotation.value()
                + "\") is neither a JSON literal of " + Types.describe(type) + " nor a plain value of it"
                + (errors.any() ? ": " + errors.list() : ""));
    }

    private static NodeBinder build(Type type) {
        Class<?> raw = Types.raw(type);
        if (raw == String.class) {
            return (node, loc, errors) -> {
                if (node.isTextual()) {
                    return node.textValue();
                }
                errors.add(loc, "string_type", "Input should be a valid string");
                return null;
            };
        }
        if (raw == int.class || raw == Integer.class) {
            return integral(Integer.MIN_VALUE, Integer.MAX_VALUE, JsonNode::intValue);
        }
        if (raw == long.class || raw == Long.class) {
            return integral(Long.MIN_VALUE, Long.MAX_VALUE, JsonNode::longValue);
        }
        if (raw == short.class || raw == Short.class) {
            return integral(Short.MIN_VALUE, Short.MAX_VALUE, n -> (short) n.intValue());
        }
        if (raw == byte.class || raw == Byte.class) {
            return integral(Byte.MIN_VALUE, Byte.MAX_VALUE, n -> (byte) n.intValue());
        }
        if (raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class
                || raw == java.math.BigDecimal.class) {
            boolean isFloat = raw == float.class || raw == Float.class;
            boolean big = raw == java.math.BigDecimal.class;
            return (node, loc, errors) -> {
                if (node.isNumber()) {
                    return big
                            ? node.decimalValue()
                            : isFloat ? (Object) node.floatValue() : (Object) node.doubleValue();
                }
                errors.add(loc, "float_type", "Input should be a valid number");
                return null;
            };
        }
        if (raw == java.math.BigInteger.class) {
            return (node, loc, errors) -> {
                if (node.isIntegralNumber()) {
                    return node.bigIntegerValue();
                }
                errors.add(loc, "int_type", "Input should be a valid integer");
                return null;
            };
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return (node, loc, errors) -> {
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                errors.add(loc, "bool_type", "Input should be a valid boolean");
                return null;
            };
        }
        if (raw == dev.kunai.schema.PatchDict.class) {
            return PatchBinder.create(type);
        }
        if (raw == Optional.class) {
            NodeBinder inner = forType(Types.argument(type, 0));
            return (node, loc, errors) ->
                    node.isNull() ? Optional.empty() : Optional.ofNullable(inner.bind(node, loc, errors));
        }
        if (Types.isCollection(type)) {
            return collection(type);
        }
        if (Types.isMap(type)) {
            return map(type);
        }
        if (raw == JsonNode.class || raw == Object.class) {
            return (node, loc, errors) -> raw == Object.class ? MAPPER.convertValue(node, Object.class) : node;
        }
        Optional<TextConverter> text = TextConverters.forType(raw);
        if (text.isPresent()) {
            TextConverter converter = text.get();
            String typeName = raw.isEnum() ? "enum" : "string_type";
            String expected = raw.isEnum()
                    ? "Input should be " + TextConverters.EnumNames.expected(raw)
                    : "Input should be a valid string";
            return (node, loc, errors) -> {
                if (!node.isTextual()) {
                    errors.add(loc, typeName, expected);
                    return null;
                }
                try {
                    return converter.convert(node.textValue());
                } catch (ConversionException e) {
                    errors.add(loc, e.type(), e.getMessage());
                    return null;
                }
            };
        }
        return jackson(type);
    }

    private interface IntegralRead {
        Object read(JsonNode node);
    }

    private static NodeBinder integral(long min, long max, IntegralRead read) {
        return (node, loc, errors) -> {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                long v = node.longValue();
                if (v >= min && v <= max) {
                    return read.read(node);
                }
                errors.add(loc, "int_parsing_size", "Input should be between " + min + " and " + max);
                return null;
            }
            if (node.isIntegralNumber()) {
                errors.add(loc, "int_parsing_size", "Input should be between " + min + " and " + max);
                return null;
            }
            errors.add(loc, "int_type", "Input should be a valid integer");
            return null;
        };
    }

    private static NodeBinder collection(Type type) {
        NodeBinder element = forType(Types.argument(type, 0));
        boolean set = Types.isSet(type);
        return (node, loc, errors) -> {
            if (!node.isArray()) {
                errors.add(
                        loc,
                        set ? "set_type" : "list_type",
                        set ? "Input should be a valid set" : "Input should be a valid list");
                return null;
            }
            int size = node.size();
            int before = errors.count();
            List<Object> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(element.bind(node.get(i), loc.index(i), errors));
            }
            if (errors.count() != before) {
                return null;
            }
            return set ? Collections.unmodifiableSet(new LinkedHashSet<>(out)) : Collections.unmodifiableList(out);
        };
    }

    private static NodeBinder map(Type type) {
        Class<?> keyType = Types.raw(Types.argument(type, 0));
        if (keyType != String.class && keyType != Object.class) {
            return jackson(type);
        }
        NodeBinder value = forType(Types.argument(type, 1));
        return (node, loc, errors) -> {
            if (!node.isObject()) {
                errors.add(loc, "dict_type", "Input should be a valid dictionary");
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            int before = errors.count();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                out.put(entry.getKey(), value.bind(entry.getValue(), loc.field(entry.getKey()), errors));
            }
            return errors.count() == before ? Collections.unmodifiableMap(out) : null;
        };
    }

    private static NodeBinder jackson(Type type) {
        JavaType javaType = MAPPER.constructType(type);
        ObjectReader reader = MAPPER.readerFor(javaType);
        return (node, loc, errors) -> {
            try {
                return reader.readValue(node);
            } catch (JsonMappingException e) {
                Loc at = loc;
                for (JsonMappingException.Reference ref : e.getPath()) {
                    at = ref.getFieldName() != null ? at.field(ref.getFieldName()) : at.index(ref.getIndex());
                }
                errors.add(at, "value_error", "Input is not a valid " + Types.describe(type));
                return null;
            } catch (java.io.IOException e) {
                errors.add(loc, "value_error", "Input is not a valid " + Types.describe(type));
                return null;
            }
        };
    }

    /** The JSON property name of a record component: its {@code @JsonProperty} value, else its name. */
    static String jsonName(java.lang.reflect.RecordComponent component) {
        JsonProperty prop = component.getAnnotation(JsonProperty.class);
        if (prop == null && component.getAccessor() != null) {
            prop = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return prop != null && !prop.value().isEmpty() ? prop.value() : component.getName();
    }

    /** Resolves a component's generic type inside a parameterized record type (e.g. {@code Page<Book>}). */
    static Type resolve(Type owner, Type member) {
        return TypeToken.of(owner).resolveType(member).getType();
    }

    private static final class Forward implements NodeBinder {
        volatile NodeBinder target;

        @Override
        public Object bind(JsonNode node, Loc loc, Errors errors) {
            return target.bind(node, loc, errors);
        }
    }
}
