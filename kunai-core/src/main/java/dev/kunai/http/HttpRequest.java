package dev.kunai.http;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A server-neutral view of one HTTP request: what a server adapter or the in-process test client hands
 * to the {@link RequestHandler}. Implementations are cheap views over the server's own request object.
 */
public interface HttpRequest {

    /** The request method token exactly as received (e.g. {@code "GET"}). */
    String method();

    /** The raw (still percent-encoded) path, without the query string, e.g. {@code "/api/books/"}. */
    String path();

    /** The raw query string without the leading {@code ?}; empty when there is none. */
    String query();

    /** The first value of a header (name matched case-insensitively). */
    Optional<String> header(String name);

    /** All values of a header, in the order received; empty when absent. */
    List<String> headers(String name);

    /** Every header as (name, value) pairs in the order received. */
    List<HttpHeader> allHeaders();

    /** The declared body length, or -1 when unknown (chunked) . */
    long contentLength();

    /** The request body; read at most once, and only by the operation that needs it. */
    InputStream body();

    /** The remote address as {@code host:port}, for logging and throttling; {@code "in-process"} in tests. */
    String remoteAddress();
}
