package dev.kunai.data.filter;

import dev.kunai.data.read.Order;
import dev.kunai.validation.RequestValidationException;
import dev.kunai.validation.ValidationError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ?ordering=-title,id} over a whitelist of fields (Ninja Extra's {@code @ordering}, DRF's
 * {@code OrderingFilter}): a leading {@code -} is descending; a field outside the whitelist is a 422 (never
 * ignored, never put in SQL). The id is always the last key, so the order is stable.
 *
 * <pre>{@code
 * static final Ordering ORDERING = Ordering.fields("title", "id").byDefault("title");
 * }</pre>
 */
public final class Ordering {

    /** Most keys in one {@code ordering}; more is a 422. */
    public static final int MAX_KEYS = 5;

    private final Set<String> allowed;
    private final List<Order> defaults;

    private Ordering(Set<String> allowed, List<Order> defaults) {
        this.allowed = Collections.unmodifiableSet(new LinkedHashSet<>(allowed)); // declaration order, every run
        this.defaults = List.copyOf(defaults);
    }

    /** Orders by any of these root attributes (at least one); the default order is by id. */
    public static Ordering fields(String... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("Ordering needs at least one field");
        }
        return new Ordering(new LinkedHashSet<>(List.of(fields)), List.of());
    }

    /** The same whitelist with this default ({@code "-title"}, …) for requests without {@code ordering}. */
    public Ordering byDefault(String... keys) {
        List<Order> orders = new ArrayList<>(keys.length);
        for (String key : keys) {
            Order order = Order.parse(key);
            if (!allowed.contains(order.path())) {
                throw new IllegalArgumentException("Default ordering '" + key + "' is not among " + allowed);
            }
            orders.add(order);
        }
        return new Ordering(allowed, orders);
    }

    /** The fields a request may order by, in the order they were declared. */
    public Set<String> allowed() {
        return allowed;
    }

    /** The order keys of {@code ordering} (the {@code ?ordering=} value), or the default when absent; 422 on an unknown field. */
    public List<Order> orders(Optional<String> ordering) {
        if (ordering.isEmpty() || ordering.get().isBlank()) {
            return defaults;
        }
        String[] keys = ordering.get().split(",", -1);
        if (keys.length > MAX_KEYS) {
            throw invalid("Ordering should have at most " + MAX_KEYS + " fields");
        }
        List<Order> orders = new ArrayList<>(keys.length);
        for (String key : keys) {
            Order order = Order.parse(key.strip());
            if (!allowed.contains(order.path())) {
                throw invalid("Unknown ordering field '" + truncate(order.path()) + "'; allowed: "
                        + String.join(", ", allowed));
            }
            orders.add(order);
        }
        return orders;
    }

    private static String truncate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static RequestValidationException invalid(String message) {
        return new RequestValidationException(
                List.of(new ValidationError("ordering", List.of("query", "ordering"), message)));
    }
}
