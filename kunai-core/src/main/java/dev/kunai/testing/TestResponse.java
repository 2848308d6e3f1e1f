package dev.kunai.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A response as a test sees it: status, headers, the raw body bytes, and the body as JSON or text.
 *
 * @param status  the status code
 * @param headers the headers, in order
 * @param body    the body bytes (a streamed body is read fully)
 */
public record TestResponse(int status, List<HttpHeader> headers, byte[] body) {

    /** Captures a pipeline response, draining a streamed body. */
    public static TestResponse of(HttpResponse response) {
        byte[] bytes = response.body();
        Optional<InputStream> stream = response.stream();
        if (stream.isPresent()) {
            try (InputStream in = stream.get()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TestResponse(response.status(), response.headers(), bytes);
    }

    /** The first value of a header (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.stream()
                .filter(h -> h.name().equalsIgnoreCase(name))
                .map(HttpHeader::value)
                .findFirst();
    }

    /** The body decoded as UTF-8. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON (compare it with {@code Json.mapper().valueToTree(expected)}). */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Response body is not JSON: " + text(), e);
        }
    }

    /** The body parsed as JSON into {@code type}. */
    public <T> T json(Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new AssertionError("Response body is not a " + type.getSimpleName() + ": " + text(), e);
        }
    }
}
