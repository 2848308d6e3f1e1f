package dev.kunai.schema;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of record {@code T}: the components the client sent, and only those (Django Ninja's
 * {@code PatchDict[Schema]}, pydantic's {@code exclude_unset}). Declare a PATCH body as
 * {@code @Body PatchDict<AuthorIn> patch}: every component of {@code AuthorIn} becomes optional, a component
 * the client left out is not in the dict (leave it unchanged), one it sent as JSON {@code null} is present with
 * no value (set it to null). Each sent value is bound and validated like the same component of {@code T}
 * (type, constraints; {@code null} only where {@code T} accepts it: {@code Optional}, {@code @Nullable} or
 * {@code @Default}), and every error is reported at once as 422 at {@code ["body", name, component]}. The
 * OpenAPI document shows {@code T}'s schema with no required properties, named {@code PatchDict_T_}.
 *
 * @param <T> the record whose components may be patched
 */
public final class PatchDict<T extends Record> {

    private static final ClassValue<Set<String>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new LinkedHashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return Collections.unmodifiableSet(names);
        }
    };

    private final Class<T> schema;
    private final Map<String, Object> values;

    private PatchDict(Class<T> schema, Map<String, Object> values) {
        this.schema = schema;
        this.values = values;
    }

    /**
     * A patch of {@code schema} with the given component values (by component name; a {@code null} value
     * means "set to null"); for code that builds a patch itself, e.g. a test or a handler calling a service.
     *
     * @throws IllegalArgumentException when a name is not a component of {@code schema}
     */
    public static <T extends Record> PatchDict<T> of(Class<T> schema, Map<String, ?> values) {
        Objects.requireNonNull(schema, "schema");
        Set<String> names = COMPONENTS.get(schema);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException(
                        name + " is not a component of " + schema.getSimpleName() + " (components: " + names + ")");
            }
        }
        for (String name : names) {
            if (values.containsKey(name)) {
                ordered.put(name, values.get(name));
            }
        }
        return new PatchDict<>(schema, Collections.unmodifiableMap(ordered));
    }

    /** The record whose components this patch sets. */
    public Class<T> schema() {
        return schema;
    }

    /** The names of the components that were sent, in the record's component order. */
    public Set<String> fields() {
        return values.keySet();
    }

    /** Whether component {@code field} was sent (with a value or as {@code null}). */
    public boolean contains(String field) {
        return values.containsKey(field);
    }

    /**
     * The sent value of component {@code field}: empty when it was sent as {@code null}.
     *
     * @throws IllegalArgumentException when {@code field} was not sent (check {@link #contains(String)} first)
     */
    public Optional<Object> get(String field) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException(field + " was not sent; sent: " + values.keySet());
        }
        return Optional.ofNullable(values.get(field));
    }

    /** Whether nothing was sent (an empty JSON object). */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatchDict<?> that && schema == that.schema && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, values);
    }

    @Override
    public String toString() {
        return "PatchDict[" + schema.getSimpleName() + "]" + values;
    }
}
