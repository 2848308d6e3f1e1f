package dev.kunai.http;

/**
 * Throw anywhere in a request to answer {@code status} with {@code {"detail": "..."}} (Ninja's
 * {@code HttpError}). Stack traces are not captured: it is a response, not a bug.
 */
public class HttpError extends RuntimeException {

    private final int status;

    /** An error response with the given status and detail message. */
    public HttpError(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The detail message sent to the client. */
    public String detail() {
        return getMessage();
    }

    /** 404 with the given detail. */
    public static HttpError notFound(String detail) {
        return new HttpError(404, detail);
    }

    /** 400 with the given detail. */
    public static HttpError badRequest(String detail) {
        return new HttpError(400, detail);
    }
}
