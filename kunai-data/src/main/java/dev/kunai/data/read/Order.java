package dev.kunai.data.read;

import java.util.Objects;

/**
 * One ordering key of a read: an attribute of the root entity, ascending or descending (Django's
 * {@code order_by("-title")}). The id is always appended as the last key, so the order is total and stable.
 *
 * @param path       the attribute name
 * @param descending whether larger values come first
 */
public record Order(String path, boolean descending) {

    /** Rejects a null path. */
    public Order {
        Objects.requireNonNull(path, "path");
    }

    /** {@code path} ascending. */
    public static Order asc(String path) {
        return new Order(path, false);
    }

    /** {@code path} descending. */
    public static Order desc(String path) {
        return new Order(path, true);
    }

    /** Parses Django's notation: {@code -title} is descending, {@code title} ascending. */
    public static Order parse(String text) {
        return text.startsWith("-") ? desc(text.substring(1)) : asc(text);
    }

    /** The same key in the other direction. */
    Order reversed() {
        return new Order(path, !descending);
    }
}
