package dev.kunai.validation;

import java.util.List;

/** Thrown (without a stack trace) when a request fails binding or validation; answered with 422. */
public final class RequestValidationException extends RuntimeException {

    private final transient List<ValidationError> errors;

    /** Wraps every error found in the request. */
    public RequestValidationException(List<ValidationError> errors) {
        super("Request validation failed: " + errors.size() + " error(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** The errors, in the order they were found. */
    public List<ValidationError> errors() {
        return errors;
    }
}
