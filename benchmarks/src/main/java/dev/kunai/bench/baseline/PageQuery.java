package dev.kunai.bench.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.util.Fields;

/**
 * The query parameters of {@code GET /api/books/page} the baseline serves, checked by hand as Kunai checks them:
 * {@code title} (part of the title, at most 255 characters), {@code limit} (1 to 1,000, default 100) and
 * {@code offset} (0 or more, default 0); a bad value is a 422 field error at {@code ["query", name]}. The Books
 * app's other page parameters ({@code tag}, {@code search}, {@code ordering}) are not part of the baseline.
 */
record PageQuery(Optional<String> title, int limit, int offset) {

    /** Default page size (Kunai's default limit/offset paginator). */
    static final int DEFAULT_LIMIT = 100;
    /** Largest page size (Kunai's default limit/offset paginator). */
    static final int MAX_LIMIT = 1000;

    /** The page {@code fields} ask for, or the field errors that make it a 422. */
    static Parsed parse(Fields fields) {
        List<FieldError> errors = new ArrayList<>(0);
        Optional<String> title = Optional.ofNullable(fields.getValue("title"));
        if (title.isPresent() && title.get().length() > CreateValidation.MAX_LENGTH) {
            errors.add(new FieldError(
                    "string_too_long",
                    List.of("query", "title"),
                    "String should have at most " + CreateValidation.MAX_LENGTH + " characters"));
        }
        int limit = integer(fields, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        int offset = integer(fields, "offset", 0, 0, Integer.MAX_VALUE, errors);
        return new Parsed(new PageQuery(title, limit, offset), errors);
    }

    private static int integer(Fields fields, String name, int fallback, int min, int max, List<FieldError> errors) {
        String text = fields.getValue(name);
        if (text == null) {
            return fallback;
        }
        List<Object> loc = List.of("query", name);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(
                    "int_parsing", loc, "Input should be a valid integer, unable to parse string as an integer"));
            return fallback;
        }
        if (value < min) {
            errors.add(new FieldError("greater_than_equal", loc, "Input should be greater than or equal to " + min));
        } else if (value > max) {
            errors.add(new FieldError("less_than_equal", loc, "Input should be less than or equal to " + max));
        }
        return value;
    }

    /** A parsed query: the page, valid when {@code errors} is empty. */
    record Parsed(PageQuery query, List<FieldError> errors) {

        /** Keeps an immutable copy of the errors. */
        Parsed {
            errors = List.copyOf(errors);
        }
    }
}
