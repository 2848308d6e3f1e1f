package dev.kunai.data.filter;

import dev.kunai.data.read.Condition;
import java.util.List;

/**
 * A record of filters bound from the query string (declare it as {@code @Query BookFilter filter}), Ninja's
 * {@code FilterSchema}: each component is one or more lookups ({@link Q}); absent values are ignored; the
 * components are joined by {@link #connector()} (AND by default). {@link Filters#condition} turns a bound
 * record into a {@link Condition} the data layer renders with bound parameters.
 *
 * <pre>{@code
 * public record BookFilter(
 *         @Q("title__icontains") Optional<String> title,
 *         @Q("tags__name__in") List<String> tag) implements FilterSchema {}
 * }</pre>
 */
public interface FilterSchema {

    /** How the components' conditions are joined (Ninja's class-level {@code expression_connector}). */
    default Connector connector() {
        return Connector.AND;
    }

    /**
     * Conditions of the {@link Custom} components (Ninja's {@code filter_<field>} methods), joined with the
     * others by {@link #connector()}; none by default.
     */
    default List<Condition> custom() {
        return List.of();
    }
}
