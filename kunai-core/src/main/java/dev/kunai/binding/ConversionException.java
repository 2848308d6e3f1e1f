package dev.kunai.binding;

/** A value that cannot be converted to the declared type; carries the error type and message for a 422. */
public final class ConversionException extends Exception {

    private final String type;

    /** Creates the exception with a pydantic-style error type and message. */
    public ConversionException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** The error type, e.g. {@code int_parsing}. */
    public String type() {
        return type;
    }
}
