package dev.kunai.data.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter on a schema-driven read, as a small tree the data layer renders to SQL or HQL with bound
 * parameters: a {@link Match} of one field path ({@code title}, or across a relation {@code tags.name}), or
 * {@link All} / {@link Any} of other conditions. User text only ever becomes a bound value.
 */
public sealed interface Condition {

    /**
     * One field compared by one lookup.
     *
     * @param path   the entity attribute, or {@code relation.attribute} across a relation
     * @param lookup how it is compared
     * @param values the values: one for most lookups, any number for {@code IN}, two for {@code RANGE},
     *               one {@code Boolean} for {@code ISNULL}
     */
    record Match(String path, Lookup lookup, List<Object> values) implements Condition {
        /** Checks the arity of {@code values} against {@code lookup}. */
        public Match {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(lookup, "lookup");
            values = List.copyOf(values);
            int expected = switch (lookup) {
                case IN -> values.size();
                case RANGE -> 2;
                default -> 1;
            };
            if (values.size() != expected) {
                throw new IllegalArgumentException(
                        lookup + " on " + path + " takes " + expected + " value(s), not " + values.size());
            }
            if (lookup == Lookup.ISNULL && !(values.getFirst() instanceof Boolean)) {
                throw new IllegalArgumentException("ISNULL on " + path + " takes a Boolean");
            }
            if (lookup.textual() && !(values.getFirst() instanceof String)) {
                throw new IllegalArgumentException(lookup + " on " + path + " takes a String");
            }
        }
    }

    /**
     * Every condition holds (SQL {@code and}); none is true.
     *
     * @param conditions the conditions
     */
    record All(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * At least one condition holds (SQL {@code or}); none is false.
     *
     * @param conditions the conditions
     */
    record Any(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** {@code path lookup value}, e.g. {@code Condition.of("title", Lookup.ICONTAINS, "dune")}. */
    static Condition of(String path, Lookup lookup, Object value) {
        Objects.requireNonNull(value, "value");
        return new Match(path, lookup, List.of(value));
    }

    /** {@code path in (values)}. */
    static Condition in(String path, List<?> values) {
        return new Match(path, Lookup.IN, new ArrayList<>(values));
    }

    /** {@code path between low and high}. */
    static Condition range(String path, Object low, Object high) {
        return new Match(path, Lookup.RANGE, List.of(low, high));
    }

    /** Every one of {@code conditions}. */
    static Condition and(List<Condition> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : new All(conditions);
    }

    /** Any one of {@code conditions}. */
    static Condition or(List<Condition> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : new Any(conditions);
    }
}
