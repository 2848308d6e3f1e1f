package dev.kunai.throttling;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many requests a throttle lets through per window, written as Django Ninja writes it: {@code "10/s"},
 * {@code "100/m"}, {@code "1000/h"}, {@code "5000/d"}, with an optional multiplier on the unit
 * ({@code "100/5m"} is 100 requests per five minutes). The unit may be spelled out as Ninja and DRF allow
 * ({@code "10/sec"}, {@code "100/minute"}, {@code "1000/hour"}, {@code "5000/day"}): only its first letter counts.
 *
 * @param limit  the number of requests allowed per window (at least 1)
 * @param period the length of the window (positive)
 */
public record Rate(long limit, Duration period) {

    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,18})\\s*/\\s*(\\d{0,9})\\s*([smhd])[a-z]*\\s*");

    /** Checks the limit and period; {@link IllegalArgumentException} when either is not positive. */
    public Rate {
        Objects.requireNonNull(period, "period");
        if (limit < 1) {
            throw new IllegalArgumentException("A rate's limit must be at least 1, got " + limit);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate's period must be positive, got " + period);
        }
    }

    /**
     * Parses {@code "N/[k](s|m|h|d)"}; {@link IllegalArgumentException} naming the text and the expected
     * syntax when it does not match.
     */
    public static Rate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid rate '" + text
                    + "': expected N/s, N/m, N/h or N/d with an optional multiplier, e.g. 100/5m");
        }
        long multiplier = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
        if (multiplier < 1) {
            throw new IllegalArgumentException("Invalid rate '" + text + "': the multiplier must be at least 1");
        }
        Duration unit = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        try {
            return new Rate(Long.parseLong(m.group(1)), unit.multipliedBy(multiplier));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid rate '" + text + "': " + e.getMessage(), e);
        }
    }

    /** The canonical text, e.g. {@code "100/5m"} or {@code "10/s"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        long seconds = period.toSeconds();
        if (seconds == 0 || period.toNanosPart() != 0) {
            return limit + " per " + period;
        }
        if (seconds % 86_400 == 0) {
            return text(seconds / 86_400, "d");
        }
        if (seconds % 3_600 == 0) {
            return text(seconds / 3_600, "h");
        }
        return seconds % 60 == 0 ? text(seconds / 60, "m") : text(seconds, "s");
    }

    private String text(long count, String unit) {
        return limit + "/" + (count == 1 ? "" : Long.toString(count)) + unit;
    }
}
