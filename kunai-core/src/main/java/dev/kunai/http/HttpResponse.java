package dev.kunai.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * A complete response as produced by Kunai's pipeline: status, headers and a body that is either bytes
 * or a stream. Adapters write it as is; {@code Content-Length} is not among the headers except for
 * {@code HEAD} responses, where it carries the length of the body a {@code GET} would have sent and the
 * body is empty. Adapters add {@code Content-Length} from {@link #body()} otherwise.
 */
public final class HttpResponse {

    private static final byte[] EMPTY = new byte[0];
    private static final List<HttpHeader> JSON_HEADERS = List.of(new HttpHeader("Content-Type", "application/json"));

    private final int status;
    private final List<HttpHeader> headers;
    private final byte[] body;
    private final InputStream stream;

    private HttpResponse(int status, List<HttpHeader> headers, byte[] body, InputStream stream) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.stream = stream;
    }

    /** A response with a byte body (may be empty) and the given headers. */
    public static HttpResponse of(int status, List<HttpHeader> headers, byte[] body) {
        return new HttpResponse(status, headers, body, null);
    }

    /** A response whose body is streamed from {@code stream} (closed by the adapter after writing). */
    public static HttpResponse streaming(int status, List<HttpHeader> headers, InputStream stream) {
        return new HttpResponse(status, headers, EMPTY, stream);
    }

    /** A JSON response; {@code json} must already be encoded JSON. */
    public static HttpResponse json(int status, byte[] json) {
        return new HttpResponse(status, JSON_HEADERS, json, null);
    }

    /** A response with no body (e.g. 204). */
    public static HttpResponse empty(int status) {
        return new HttpResponse(status, List.of(), EMPTY, null);
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The response headers, in writing order. */
    public List<HttpHeader> headers() {
        return headers;
    }

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        for (HttpHeader header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    /** The body bytes; empty for streaming responses. */
    public byte[] body() {
        return body;
    }

    /** The body stream of a streaming response. */
    public Optional<InputStream> stream() {
        return Optional.ofNullable(stream);
    }

    /** The body decoded as UTF-8 (for tests and logs). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A copy with one more header. */
    public HttpResponse withHeader(String name, String value) {
        List<HttpHeader> copy = new ArrayList<>(headers.size() + 1);
        copy.addAll(headers);
        copy.add(new HttpHeader(name, value));
        return new HttpResponse(status, List.copyOf(copy), body, stream);
    }

    /** Whether a response with {@code status} must not have a body (RFC 9110 §6.4.1, §15.3.5, §15.4.5: 1xx, 204, 304). */
    public static boolean forbidsBody(int status) {
        return status < 200 || status == 204 || status == 304;
    }

    /**
     * This response as it may be sent: unchanged, except that a 1xx/204/304 loses its body, stream (closed) and
     * {@code Content-Length} (and, except for 304, its {@code Content-Type}), the same for every transport.
     */
    public HttpResponse normalised() {
        if (!forbidsBody(status)) {
            return this;
        }
        boolean keepType = status == 304;
        boolean clean = body.length == 0 && stream == null;
        for (HttpHeader header : headers) {
            clean &= !header.name().equalsIgnoreCase("Content-Length")
                    && (keepType || !header.name().equalsIgnoreCase("Content-Type"));
        }
        if (clean) {
            return this;
        }
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(HttpResponse.class)
                        .debug("Closing the body stream of a {} response failed", status, e);
            }
        }
        List<HttpHeader> kept = new ArrayList<>(headers.size());
        for (HttpHeader header : headers) {
            if (!header.name().equalsIgnoreCase("Content-Length")
                    && (keepType || !header.name().equalsIgnoreCase("Content-Type"))) {
                kept.add(header);
            }
        }
        return new HttpResponse(status, List.copyOf(kept), EMPTY, null);
    }

    /**
     * The response a {@code HEAD} request gets: same status and headers, {@code Content-Length}, no body
     * (no {@code Content-Length} for statuses that never have a body).
     */
    public HttpResponse forHead() {
        if (forbidsBody(status)) {
            return normalised();
        }
        if (stream != null) {
            return new HttpResponse(status, headers, EMPTY, null);
        }
        return new HttpResponse(status, headers, EMPTY, null)
                .withHeader("Content-Length", Integer.toString(body.length));
    }
}
