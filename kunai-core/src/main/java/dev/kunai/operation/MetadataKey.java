package dev.kunai.operation;

import java.util.Objects;

/**
 * A typed key of an operation's {@link Metadata} (Javalin's {@code EndpointMetadata} class keys). Keys are
 * compared by identity: declare each one once as a constant, e.g.
 * {@code static final MetadataKey<Rate> RATE = MetadataKey.of("throttle.rate", Rate.class);}.
 *
 * @param <T> the type of the value stored under this key
 */
public final class MetadataKey<T> {

    private final String name;
    private final Class<T> type;

    private MetadataKey(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /** A new key; {@code name} is for messages and debugging only. */
    public static <T> MetadataKey<T> of(String name, Class<T> type) {
        return new MetadataKey<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
    }

    /** The key's name (for messages). */
    public String name() {
        return name;
    }

    /** The type of the values stored under this key. */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
