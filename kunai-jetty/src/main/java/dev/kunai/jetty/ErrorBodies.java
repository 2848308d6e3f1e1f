package dev.kunai.jetty;

import dev.kunai.errors.ErrorResponses;
import dev.kunai.http.HttpResponse;
import org.eclipse.jetty.http.HttpStatus;

/** The {@code {"detail": "<reason phrase>"}} bodies the adapter itself answers with. */
final class ErrorBodies {

    /** What a client gets when the request handler throws: no message, no stack trace. */
    static final HttpResponse INTERNAL_SERVER_ERROR = HttpResponse.json(500, detail(500));

    /** What a client gets when it sent its request body too slowly (the idle timeout expired). */
    static final HttpResponse REQUEST_TIMEOUT = HttpResponse.json(408, detail(408));

    /** What a client gets when its request body ended early. */
    static final HttpResponse BAD_REQUEST = HttpResponse.json(400, detail(400));

    /** What a request waiting for a free slot gets when the server stops under it. */
    static final HttpResponse SERVICE_UNAVAILABLE = HttpResponse.json(503, detail(503));

    private ErrorBodies() {}

    /** The JSON error body for a status, carrying its standard reason phrase (core's one error encoder). */
    static byte[] detail(int status) {
        return ErrorResponses.detail(status, reasonPhrase(status)).body();
    }

    /** The RFC 9110 reason phrase; Jetty's table differs from it for 500 and 451. */
    static String reasonPhrase(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 451 -> "Unavailable For Legal Reasons";
            default -> HttpStatus.getMessage(status);
        };
    }
}
