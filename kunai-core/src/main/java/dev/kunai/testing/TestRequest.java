package dev.kunai.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpRequest;
import dev.kunai.json.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A request built in memory for {@link TestClient}: method, path with query, headers, cookies and a JSON,
 * form, multipart or raw body. It implements {@link HttpRequest}, so the pipeline cannot tell it from a
 * request that came over a socket.
 */
public final class TestRequest implements HttpRequest {

    private final String method;
    private final String path;
    private final String query;
    private final List<HttpHeader> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private final List<String> cookies = new ArrayList<>();

    private TestRequest(String method, String target) {
        this.method = method;
        int q = target.indexOf('?');
        this.path = q < 0 ? target : target.substring(0, q);
        this.query = q < 0 ? "" : target.substring(q + 1);
    }

    /** A request with any method token, e.g. {@code TestRequest.of("PUT", "/books/1?x=2")}. */
    public static TestRequest of(String method, String target) {
        return new TestRequest(method, target);
    }

    /** Adds a header. */
    public TestRequest header(String name, String value) {
        headers.add(new HttpHeader(name, value));
        return this;
    }

    /** Adds a cookie (sent in one {@code Cookie} header). */
    public TestRequest cookie(String name, String value) {
        cookies.add(name + "=" + value);
        return this;
    }

    /** Sets a JSON body: a value serialized with Kunai's mapper, or a {@code String} sent as is. */
    public TestRequest json(Object value) {
        byte[] bytes;
        if (value instanceof String s) {
            bytes = s.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                bytes = Json.mapper().writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Cannot serialize test body", e);
            }
        }
        return body(bytes, "application/json");
    }

    /** Removes every header named {@code name} (case-insensitive), e.g. to send a body without a Content-Type. */
    public TestRequest withoutHeader(String name) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        return this;
    }

    /** Sets a raw body with its content type. */
    public TestRequest body(byte[] bytes, String contentType) {
        this.body = bytes.clone();
        headers.removeIf(h -> h.name().equalsIgnoreCase("Content-Type"));
        headers.add(new HttpHeader("Content-Type", contentType));
        return this;
    }

    /** Sets an urlencoded form body. */
    public TestRequest form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return body(out.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** Sets a multipart body from text fields and files ({@link Part}). */
    public TestRequest multipart(List<Part> parts) {
        String boundary = "kunai-" + UUID.randomUUID();
        StringBuilder head;
        var out = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName().isPresent()) {
                head.append("; filename=\"").append(part.fileName().get()).append('"');
            }
            head.append("\r\n");
            if (part.contentType().isPresent()) {
                head.append("Content-Type: ").append(part.contentType().get()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /**
     * One multipart part.
     *
     * @param name        the field name
     * @param fileName    the file name (present for files)
     * @param contentType the part's content type
     * @param bytes       the content
     */
    public record Part(String name, Optional<String> fileName, Optional<String> contentType, byte[] bytes) {
        /** A text field. */
        public static Part field(String name, String value) {
            return new Part(name, Optional.empty(), Optional.empty(), value.getBytes(StandardCharsets.UTF_8));
        }

        /** A file. */
        public static Part file(String name, String fileName, String contentType, byte[] bytes) {
            return new Part(name, Optional.of(fileName), Optional.of(contentType), bytes);
        }
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String query() {
        return query;
    }

    @Override
    public Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public List<String> headers(String name) {
        List<String> out = new ArrayList<>();
        for (HttpHeader h : allHeaders()) {
            if (h.name().equalsIgnoreCase(name)) {
                out.add(h.value());
            }
        }
        return out;
    }

    @Override
    public List<HttpHeader> allHeaders() {
        List<HttpHeader> all = new ArrayList<>(headers);
        if (!cookies.isEmpty()) {
            all.add(new HttpHeader("Cookie", String.join("; ", cookies)));
        }
        return all;
    }

    @Override
    public long contentLength() {
        return body.length;
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(body);
    }

    /** The body bytes (for sending the same request over a socket in tests). */
    public byte[] bodyBytes() {
        return body.clone();
    }

    @Override
    public String remoteAddress() {
        return "in-process";
    }
}
