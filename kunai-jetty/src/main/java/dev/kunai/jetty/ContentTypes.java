package dev.kunai.jetty;

import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * {@code Content-Type} response fields, encoded once per value: an application answers with a handful of media
 * types ({@code application/json} on nearly every response), so each is kept as Jetty's {@link PreEncodedHttpField}
 * and written as stored bytes, as a hand-written Jetty handler would. One per server; it keeps at most {@link #LIMIT}
 * values and writes any further value as a plain field (no unbounded growth from per-response values such as a
 * multipart boundary).
 */
final class ContentTypes {

    /** The number of distinct values kept. */
    static final int LIMIT = 64;

    private final ConcurrentHashMap<String, HttpField> fields = new ConcurrentHashMap<>();

    /** The {@code Content-Type: value} field, pre-encoded when it is one of the first {@link #LIMIT} values seen. */
    HttpField field(String value) {
        HttpField field = fields.get(value);
        if (field != null) {
            return field;
        }
        if (fields.size() >= LIMIT) {
            return new HttpField(HttpHeader.CONTENT_TYPE, value);
        }
        return fields.computeIfAbsent(value, v -> new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, v));
    }
}
