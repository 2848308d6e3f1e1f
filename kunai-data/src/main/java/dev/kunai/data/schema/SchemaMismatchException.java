package dev.kunai.data.schema;

import java.util.List;

/** A ModelSchema record that does not match its entity; the message names the record, the component and the entity. */
public final class SchemaMismatchException extends RuntimeException {

    private final List<String> problems;

    private SchemaMismatchException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.getFirst()
                        : problems.size() + " ModelSchema problems:\n  " + String.join("\n  ", problems),
                null,
                false,
                false);
        this.problems = List.copyOf(problems);
    }

    /** An exception listing {@code problems} (one line each). */
    public static SchemaMismatchException of(List<String> problems) {
        return new SchemaMismatchException(problems);
    }

    /** Each problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
