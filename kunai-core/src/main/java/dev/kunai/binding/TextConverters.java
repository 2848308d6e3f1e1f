package dev.kunai.binding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The text converters for every scalar type Kunai binds; looked up once per parameter at start-up. */
public final class TextConverters {

    private TextConverters() {}

    /** Whether {@code type} is a scalar Kunai can convert from text. */
    public static boolean isScalar(Class<?> type) {
        return forType(type).isPresent();
    }

    /** The converter for {@code type}, if it is a scalar. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Optional<TextConverter> forType(Class<?> type) {
        if (type == String.class || type == CharSequence.class) {
            return Optional.of(text -> text);
        }
        if (type == int.class || type == Integer.class) {
            return Optional.of(text -> (int) parseLong(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (type == long.class || type == Long.class) {
            return Optional.of(text -> parseLong(text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (type == short.class || type == Short.class) {
            return Optional.of(text -> (short) parseLong(text, Short.MIN_VALUE, Short.MAX_VALUE));
        }
        if (type == byte.class || type == Byte.class) {
            return Optional.of(text -> (byte) parseLong(text, Byte.MIN_VALUE, Byte.MAX_VALUE));
        }
        if (type == double.class || type == Double.class) {
            return Optional.of(TextConverters::parseDouble);
        }
        if (type == float.class || type == Float.class) {
            return Optional.of(text -> (float) parseDouble(text));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(TextConverters::parseBoolean);
        }
        if (type == BigDecimal.class) {
            return Optional.of(text -> {
                try {
                    return new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    throw numberParsing();
                }
            });
        }
        if (type == BigInteger.class) {
            return Optional.of(text -> {
                try {
                    return new BigInteger(text.strip());
                } catch (NumberFormatException e) {
                    throw intParsing();
                }
            });
        }
        if (type == UUID.class) {
            return Optional.of(TextConverters::parseUuid);
        }
        if (type.isEnum()) {
            return Optional.of(enumConverter((Class<? extends Enum>) type));
        }
        if (type == LocalDate.class) {
            return Optional.of(text -> time(
                    () -> LocalDate.parse(text),
                    "date_parsing",
                    "Input should be a valid date in the format YYYY-MM-DD"));
        }
        if (type == LocalDateTime.class) {
            return Optional.of(text ->
                    time(() -> LocalDateTime.parse(text), "datetime_parsing", "Input should be a valid datetime"));
        }
        if (type == OffsetDateTime.class) {
            return Optional.of(text -> time(
                    () -> OffsetDateTime.parse(text),
                    "datetime_parsing",
                    "Input should be a valid datetime with a time zone offset"));
        }
        if (type == ZonedDateTime.class) {
            return Optional.of(text -> time(
                    () -> ZonedDateTime.parse(text),
                    "datetime_parsing",
                    "Input should be a valid datetime with a time zone"));
        }
        if (type == Instant.class) {
            return Optional.of(text -> time(
                    () -> Instant.parse(text),
                    "datetime_parsing",
                    "Input should be a valid UTC instant (e.g. 2024-01-31T10:15:30Z)"));
        }
        if (type == LocalTime.class) {
            return Optional.of(
                    text -> time(() -> LocalTime.parse(text), "time_parsing", "Input should be a valid time"));
        }
        if (type == Duration.class) {
            return Optional.of(text ->
                    time(() -> Duration.parse(text), "duration_parsing", "Input should be a valid ISO-8601 duration"));
        }
        return Optional.empty();
    }

    private static long parseLong(String text, long min, long max) throws ConversionException {
        String t = text.strip();
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw intParsing();
        }
        if (value < min || value > max) {
            throw new ConversionException("int_parsing_size", "Input should be between " + min + " and " + max);
        }
        return value;
    }

    private static double parseDouble(String text) throws ConversionException {
        String t = text.strip();
        if (t.isEmpty()
                || !t.chars()
                        .allMatch(c ->
                                (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
            throw numberParsing();
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isInfinite(d)) {
                throw new ConversionException("finite_number", "Input should be a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw numberParsing();
        }
    }

    private static Boolean parseBoolean(String text) throws ConversionException {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> Boolean.TRUE;
            case "false", "0", "no", "off", "f", "n" -> Boolean.FALSE;
            default ->
                throw new ConversionException(
                        "bool_parsing", "Input should be a valid boolean, unable to interpret input");
        };
    }

    private static UUID parseUuid(String text) throws ConversionException {
        String t = text.strip();
        if (t.length() != 36) {
            throw uuidParsing();
        }
        try {
            return UUID.fromString(t);
        } catch (IllegalArgumentException e) {
            throw uuidParsing();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static TextConverter enumConverter(Class<? extends Enum> type) {
        Map<String, Enum> byName = new HashMap<>();
        for (Enum constant : type.getEnumConstants()) {
            byName.put(EnumNames.wireName(constant), constant);
        }
        String expected = EnumNames.expected(type);
        return text -> {
            Enum constant = byName.get(text);
            if (constant == null) {
                throw new ConversionException("enum", "Input should be " + expected);
            }
            return constant;
        };
    }

    private interface TimeParse {
        Object parse();
    }

    private static Object time(TimeParse parse, String type, String msg) throws ConversionException {
        try {
            return parse.parse();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ConversionException(type, msg);
        }
    }

    private static ConversionException intParsing() {
        return new ConversionException(
                "int_parsing", "Input should be a valid integer, unable to parse string as an integer");
    }

    private static ConversionException numberParsing() {
        return new ConversionException(
                "float_parsing", "Input should be a valid number, unable to parse string as a number");
    }

    private static ConversionException uuidParsing() {
        return new ConversionException("uuid_parsing", "Input should be a valid UUID");
    }

    /**
     * How enum constants appear on the wire, derived once per enum from Jackson itself: each constant's wire
     * name is what {@link Json#mapper()} writes for it, so {@code @JsonValue}, {@code @JsonProperty},
     * {@code @EnumNaming} strategies and the mapper's enum features all count. Query, path, form and JSON
     * input accept exactly these names; error messages and the OpenAPI schema list them.
     */
    public static final class EnumNames {
        private static final ClassValue<String[]> NAMES = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                String[] names = new String[constants.length];
                for (int i = 0; i < constants.length; i++) {
                    JsonNode written = Json.mapper().valueToTree(constants[i]);
                    names[i] = written.isValueNode() ? written.asText() : ((Enum<?>) constants[i]).name();
                }
                return names;
            }
        };

        private EnumNames() {}

        /** The wire name of one constant. */
        public static String wireName(Enum<?> constant) {
            return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
        }

        /** The wire names of an enum's constants, in declaration order. */
        public static List<String> wireNames(Class<?> type) {
            return List.of(NAMES.get(type));
        }

        /** The human list of accepted values: {@code 'a', 'b' or 'c'}. */
        public static String expected(Class<?> type) {
            String[] names =
                    Arrays.stream(NAMES.get(type)).map(name -> "'" + name + "'").toArray(String[]::new);
            if (names.length <= 1) {
                return names.length == 0 ? "nothing (the enum has no constants)" : names[0];
            }
            return Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", ")) + " or "
                    + names[names.length - 1];
        }
    }
}
