package dev.kunai.bench.baseline;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kunai.bench.books.BookCreateSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Hand-written checks of the create payload (what {@code @NotNull @Size(max = 255)} says in Kunai), reported
 * with the locations and messages of the Kunai/Ninja 422 format.
 */
final class CreateValidation {

    /** Longest title or tag name the columns hold. */
    static final int MAX_LENGTH = 255;

    private static final String BODY = "body";
    private static final String PAYLOAD = "payload";

    private CreateValidation() {}

    /** The field errors of a decoded payload; empty when it is valid. */
    static List<FieldError> check(BookCreateSchema payload) {
        List<FieldError> errors = new ArrayList<>(0);
        String title = payload.title();
        if (title == null) {
            errors.add(new FieldError("missing", List.of(BODY, PAYLOAD, "title"), "Field required"));
        } else if (title.length() > MAX_LENGTH) {
            errors.add(tooLong(List.of(BODY, PAYLOAD, "title")));
        }
        List<String> tags = payload.tags();
        if (tags != null) {
            for (int i = 0; i < tags.size(); i++) {
                String name = tags.get(i);
                if (name == null) {
                    errors.add(new FieldError(
                            "string_type", List.of(BODY, PAYLOAD, "tags", i), "Input should be a valid string"));
                } else if (name.length() > MAX_LENGTH) {
                    errors.add(tooLong(List.of(BODY, PAYLOAD, "tags", i)));
                }
            }
        }
        return errors;
    }

    /** The field error for well-formed JSON of the wrong shape at a field (e.g. {@code "title": []}). */
    static FieldError typeMismatch(MismatchedInputException e) {
        List<Object> loc = new ArrayList<>();
        loc.add(BODY);
        loc.add(PAYLOAD);
        for (JsonMappingException.Reference ref : e.getPath()) {
            loc.add(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
        }
        Class<?> target = e.getTargetType();
        if (target == String.class) {
            return new FieldError("string_type", loc, "Input should be a valid string");
        }
        if (target != null && Collection.class.isAssignableFrom(target)) {
            return new FieldError("list_type", loc, "Input should be a valid list");
        }
        return new FieldError(
                "model_attributes_type", loc, "Input should be a valid dictionary or object to extract fields from");
    }

    private static FieldError tooLong(List<Object> loc) {
        return new FieldError("string_too_long", loc, "String should have at most " + MAX_LENGTH + " characters");
    }
}
