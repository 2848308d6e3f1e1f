package dev.kunai.operation;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed facts about an operation that stages and features read at start-up (a throttle rate, permission
 * classes, a pagination style...), keyed by {@link MetadataKey}. Immutable; {@link #with} returns a copy.
 * Read it when a stage is created, never per request.
 */
public final class Metadata {

    private static final Metadata EMPTY = new Metadata(Map.of());

    private final Map<MetadataKey<?>, Object> values;

    private Metadata(Map<MetadataKey<?>, Object> values) {
        this.values = values;
    }

    /** Metadata with no entries. */
    public static Metadata empty() {
        return EMPTY;
    }

    /** The value stored under {@code key}, if any. */
    public <T> Optional<T> get(MetadataKey<T> key) {
        return Optional.ofNullable(key.type().cast(values.get(Objects.requireNonNull(key, "key"))));
    }

    /** Whether a value is stored under {@code key}. */
    public boolean contains(MetadataKey<?> key) {
        return values.containsKey(key);
    }

    /** A copy with {@code value} stored under {@code key} (replacing any previous value). */
    public <T> Metadata with(MetadataKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Map<MetadataKey<?>, Object> copy = new IdentityHashMap<>(values);
        copy.put(key, key.type().cast(Objects.requireNonNull(value, "value")));
        return new Metadata(copy);
    }

    /** The number of entries. */
    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
