package dev.kunai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects every {@link ValidationError} of one request so that all are reported at once. */
public final class Errors {

    private List<ValidationError> list;

    /** Creates an empty collector. */
    public Errors() {}

    /** Records an error at {@code loc}. */
    public void add(Loc loc, String type, String msg) {
        add(new ValidationError(type, loc.toList(), msg));
    }

    /**
     * Whether {@code node} is a JSON object, as a record or schema body must be; if not, records pydantic's
     * {@code model_type} error at {@code loc} ("Input should be a valid dictionary or object to extract fields
     * from").
     */
    public boolean requireObject(JsonNode node, Loc loc) {
        if (node.isObject()) {
            return true;
        }
        add(loc, "model_type", "Input should be a valid dictionary or object to extract fields from");
        return false;
    }

    /** Records an error. */
    public void add(ValidationError error) {
        if (list == null) {
            list = new ArrayList<>(4);
        }
        list.add(error);
    }

    /** How many errors were recorded so far. */
    public int count() {
        return list == null ? 0 : list.size();
    }

    /** Removes and returns the errors recorded from position {@code index} on (to re-add them in another order). */
    public List<ValidationError> removeFrom(int index) {
        if (list == null || index >= list.size()) {
            return List.of();
        }
        List<ValidationError> tail = new ArrayList<>(list.subList(index, list.size()));
        list.subList(index, list.size()).clear();
        if (list.isEmpty()) {
            list = null;
        }
        return tail;
    }

    /** Whether any error was recorded. */
    public boolean any() {
        return list != null;
    }

    /** Throws {@link RequestValidationException} if any error was recorded. */
    public void throwIfAny() {
        if (list != null) {
            throw new RequestValidationException(list);
        }
    }

    /** The recorded errors. */
    public List<ValidationError> list() {
        return list == null ? List.of() : List.copyOf(list);
    }
}
