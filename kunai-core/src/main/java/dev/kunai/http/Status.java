package dev.kunai.http;

/**
 * A body with a status chosen at run time (Ninja's {@code return 201, book}). Return it from a handler
 * declared as {@code Status<BookSchema>}; the body is serialized like any return value.
 *
 * @param code the status code
 * @param body the body (serialized as JSON)
 * @param <T>  the body type
 */
public record Status<T>(int code, T body) {

    /** A status with a body. */
    public static <T> Status<T> of(int code, T body) {
        return new Status<>(code, body);
    }
}
