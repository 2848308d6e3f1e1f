package dev.kunai.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Throw anywhere in a request to answer {@code status} with {@code {"detail": "..."}} (Ninja's
 * {@code HttpError}). Stack traces are not captured: it is a response, not a bug. It may carry response
 * headers, e.g. {@code Retry-After} on a 429 (RFC 6585 §4) or {@code WWW-Authenticate} on a 401
 * (RFC 9110 §11.6.1): {@code throw new HttpError(429, "Slow down").withHeader("Retry-After", "30")}.
 */
public class HttpError extends RuntimeException {

    private final int status;
    private final List<HttpHeader> headers;

    /** An error response with the given status and detail message. */
    public HttpError(int status, String detail) {
        this(status, detail, List.of());
    }

    /** An error response with the given status, detail message and response headers (sent in this order). */
    public HttpError(int status, String detail, List<HttpHeader> headers) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.status = status;
        this.headers = List.copyOf(headers);
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The detail message sent to the client. */
    public String detail() {
        return getMessage();
    }

    /** The response headers sent with the error body (empty when none). */
    public List<HttpHeader> headers() {
        return headers;
    }

    /** A copy of this error with one more response header. */
    public HttpError withHeader(String name, String value) {
        List<HttpHeader> copy = new ArrayList<>(headers.size() + 1);
        copy.addAll(headers);
        copy.add(new HttpHeader(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
        return new HttpError(status, detail(), copy);
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
