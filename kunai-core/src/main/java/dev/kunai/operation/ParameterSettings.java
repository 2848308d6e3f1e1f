package dev.kunai.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a feature's settings decide about one of the query parameters it contributes, so that the OpenAPI
 * document shows what the server applies: e.g. a paginator's {@code limit} defaults to 100 and may not exceed
 * 1000 ({@code "default": 100, "minimum": 1, "maximum": 1000}). The feature still enforces them itself.
 *
 * @param name         the parameter's wire name (e.g. {@code page_size})
 * @param defaultValue the value used when the parameter is absent, as a JSON literal (e.g. {@code "100"})
 * @param minimum      the smallest value accepted
 * @param maximum      the largest value accepted
 */
public record ParameterSettings(
        String name, Optional<String> defaultValue, Optional<Long> minimum, Optional<Long> maximum) {

    /** Rejects {@code null} components and a minimum above the maximum. */
    public ParameterSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.isPresent() && maximum.isPresent() && minimum.get() > maximum.get()) {
            throw new IllegalArgumentException(
                    name + ": minimum " + minimum.get() + " is above maximum " + maximum.get());
        }
    }

    /** A whole number parameter with this default between {@code minimum} and {@code maximum} (inclusive). */
    public static ParameterSettings bounded(String name, long defaultValue, long minimum, long maximum) {
        return new ParameterSettings(
                name, Optional.of(Long.toString(defaultValue)), Optional.of(minimum), Optional.of(maximum));
    }

    /** A whole number parameter with this default and no upper bound, at least {@code minimum}. */
    public static ParameterSettings atLeast(String name, long defaultValue, long minimum) {
        return new ParameterSettings(
                name, Optional.of(Long.toString(defaultValue)), Optional.of(minimum), Optional.empty());
    }
}
