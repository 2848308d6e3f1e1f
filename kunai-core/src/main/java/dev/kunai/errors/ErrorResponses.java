package dev.kunai.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kunai.http.HttpError;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.json.Json;
import dev.kunai.validation.ValidationError;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Kunai's one error format: {@code {"detail": "..."}} or {@code {"detail": [ValidationError...]}}. */
public final class ErrorResponses {

    /** The body of every error response. */
    public record Detail(Object detail) {}

    private static final ObjectWriter WRITER = Json.mapper().writerFor(Detail.class);
    private static final HttpResponse NOT_FOUND = detail(404, "Not Found");
    private static final HttpResponse INTERNAL = detail(500, "Internal Server Error");

    private ErrorResponses() {}

    /** {@code {"detail": message}} with {@code status}. */
    public static HttpResponse detail(int status, String message) {
        return HttpResponse.json(status, encode(new Detail(message)));
    }

    /** The response an {@link HttpError} stands for: its status, {@code {"detail": ...}} and its headers. */
    public static HttpResponse error(HttpError error) {
        HttpResponse response = detail(error.status(), error.detail());
        for (HttpHeader header : error.headers()) {
            response = response.withHeader(header.name(), header.value());
        }
        return response;
    }

    /** The 422 response listing every validation error. */
    public static HttpResponse validation(List<ValidationError> errors) {
        return HttpResponse.json(422, encode(new Detail(errors)));
    }

    /** 404 Not Found. */
    public static HttpResponse notFound() {
        return NOT_FOUND;
    }

    /** 405 with the {@code Allow} header. */
    public static HttpResponse methodNotAllowed(String allow) {
        return detail(405, "Method Not Allowed").withHeader("Allow", allow);
    }

    /** 500 without any detail of the failure. */
    public static HttpResponse internal() {
        return INTERNAL;
    }

    private static byte[] encode(Detail detail) {
        try {
            return WRITER.writeValueAsBytes(detail);
        } catch (JsonProcessingException e) {
            return "{\"detail\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);
        }
    }
}
