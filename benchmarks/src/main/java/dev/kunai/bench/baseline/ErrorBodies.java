package dev.kunai.bench.baseline;

import java.util.List;

/** The two error body shapes of the Kunai error format. */
final class ErrorBodies {

    private ErrorBodies() {}

    /** {@code {"detail": "..."}}. */
    record Detail(String detail) {}

    /** {@code {"detail": [{"type": ..., "loc": [...], "msg": ...}]}} (status 422). */
    record Validation(List<FieldError> detail) {

        /** Keeps an immutable copy of the errors. */
        Validation {
            detail = List.copyOf(detail);
        }
    }
}
