package dev.kunai.data.read;

/**
 * How a {@link Condition} compares a field with its value(s): Django's field lookups
 * ({@code title__icontains}), always rendered with bound parameters.
 */
public enum Lookup {
    /** {@code field = value}. */
    EXACT,
    /** Case-insensitive equality ({@code lower(field) = lower(value)}). */
    IEXACT,
    /** {@code field like %value%}; {@code %}, {@code _} in the value match themselves. */
    CONTAINS,
    /** Case-insensitive {@link #CONTAINS}. */
    ICONTAINS,
    /** {@code field like value%}. */
    STARTSWITH,
    /** Case-insensitive {@link #STARTSWITH}. */
    ISTARTSWITH,
    /** {@code field > value}. */
    GT,
    /** {@code field >= value}. */
    GTE,
    /** {@code field < value}. */
    LT,
    /** {@code field <= value}. */
    LTE,
    /** {@code field in (values…)}; no values matches nothing. */
    IN,
    /** {@code field is null} when the value is {@code true}, {@code is not null} when {@code false}. */
    ISNULL,
    /** {@code field between low and high} (both included): exactly two values. */
    RANGE,
    /** Case-insensitive regular expression match (PostgreSQL {@code ~*}, H2 {@code regexp_like}). */
    IREGEX,
    /** Full-text match of every word (PostgreSQL {@code to_tsvector @@ plainto_tsquery}; elsewhere every word {@link #ICONTAINS}). */
    SEARCH;

    /** Whether the lookup compares text (its values are strings). */
    public boolean textual() {
        return switch (this) {
            case IEXACT, CONTAINS, ICONTAINS, STARTSWITH, ISTARTSWITH, IREGEX, SEARCH -> true;
            default -> false;
        };
    }
}
