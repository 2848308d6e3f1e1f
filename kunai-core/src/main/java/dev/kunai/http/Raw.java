package dev.kunai.http;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A non-JSON response body with its content type: bytes, text or a stream. Return it from a handler to
 * send files, CSV, HTML or anything Jackson should not touch.
 *
 * @param contentType the Content-Type header value
 * @param bytes       the body bytes (empty when streaming)
 * @param stream      the body stream, or null for a byte body
 */
public record Raw(String contentType, byte[] bytes, InputStream stream) {

    /** A byte body. */
    public static Raw bytes(byte[] bytes, String contentType) {
        return new Raw(contentType, bytes, null);
    }

    /** A UTF-8 text body, e.g. {@code Raw.text("a,b\n", "text/csv")}. */
    public static Raw text(String text, String contentType) {
        return new Raw(
                contentType + (contentType.contains("charset") ? "" : "; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8),
                null);
    }

    /** A streamed body (closed after writing). */
    public static Raw stream(InputStream stream, String contentType) {
        return new Raw(contentType, new byte[0], stream);
    }
}
