package dev.kunai.data.read;

/**
 * A keyset position that does not fit the read's order (wrong number of values, a null, or a value of the
 * wrong type): for a cursor from a client, a bad cursor (400), not a server error.
 */
public final class InvalidKeysetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A keyset problem described by {@code message}. */
    public InvalidKeysetException(String message) {
        super(message);
    }
}
