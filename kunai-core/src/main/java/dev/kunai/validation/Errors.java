package dev.kunai.validation;

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
