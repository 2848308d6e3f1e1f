package dev.kunai.operation;

import dev.kunai.http.HttpError;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * One documented response of an operation.
 *
 * @param status      the status code
 * @param type        the body type; empty when the response has no body (e.g. 204); an exception type
 *                    (e.g. {@link HttpError}) means Kunai's {@code {"detail": "..."}} error body
 * @param mediaType   the body's content type
 * @param description what the response means
 */
public record ResponseModel(int status, Optional<Type> type, String mediaType, String description) {

    /** An error response with Kunai's {@code {"detail": "..."}} body, e.g. {@code error(429, "Too Many Requests")}. */
    public static ResponseModel error(int status, String description) {
        return new ResponseModel(status, Optional.of(HttpError.class), "application/json", description);
    }
}
