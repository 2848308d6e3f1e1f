package dev.kunai.data.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Converts a keyset value that travelled through JSON (a cursor) back to its column's Java type: numbers
 * widen or narrow exactly, ISO-8601 text becomes a date or time, text becomes a UUID. Anything else is an
 * {@link InvalidKeysetException}.
 */
final class Values {

    private Values() {}

    static Object coerce(Object value, Class<?> type) {
        if (value == null) {
            throw new InvalidKeysetException("A keyset value is null");
        }
        if (type.isInstance(value)) {
            return value;
        }
        try {
            if (value instanceof Number number) {
                BigDecimal exact = new BigDecimal(number.toString());
                if (type == Long.class) {
                    return exact.longValueExact();
                } else if (type == Integer.class) {
                    return exact.intValueExact();
                } else if (type == Short.class) {
                    return exact.shortValueExact();
                } else if (type == BigDecimal.class) {
                    return exact;
                } else if (type == Double.class) {
                    return exact.doubleValue();
                } else if (type == Float.class) {
                    return exact.floatValue();
                }
            } else if (value instanceof String text) {
                if (type == UUID.class) {
                    return UUID.fromString(text);
                } else if (type == LocalDate.class) {
                    return LocalDate.parse(text);
                } else if (type == LocalDateTime.class) {
                    return LocalDateTime.parse(text);
                } else if (type == OffsetDateTime.class) {
                    return OffsetDateTime.parse(text);
                } else if (type == Instant.class) {
                    return Instant.parse(text);
                }
            }
        } catch (ArithmeticException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidKeysetException("A keyset value does not fit " + type.getSimpleName());
        }
        throw new InvalidKeysetException("A keyset value does not fit " + type.getSimpleName());
    }
}
