package dev.kunai.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kunai.binding.Types;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Raw;
import dev.kunai.http.Status;
import dev.kunai.json.Json;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * Turns a handler's return value into a response: JSON through a writer built for the declared type,
 * {@link Status} for a run-time status, {@link Raw} or {@link HttpResponse} as is, {@code void} → 204,
 * an empty {@code Optional} → 404.
 */
final class ResultWriter {

    private enum Kind {
        JSON,
        STATUS,
        RAW,
        RESPONSE,
        EMPTY,
        OPTIONAL
    }

    private final Kind kind;
    private final int status;
    private final ObjectWriter writer;

    private ResultWriter(Kind kind, int status, ObjectWriter writer) {
        this.kind = kind;
        this.status = status;
        this.writer = writer;
    }

    static ResultWriter forType(Type type, int status) {
        Class<?> raw = Types.raw(type);
        if (raw == void.class || raw == Void.class) {
            return new ResultWriter(Kind.EMPTY, status, null);
        }
        if (raw == Status.class) {
            return new ResultWriter(Kind.STATUS, status, writerFor(Types.argument(type, 0)));
        }
        if (raw == Raw.class) {
            return new ResultWriter(Kind.RAW, status, null);
        }
        if (raw == HttpResponse.class) {
            return new ResultWriter(Kind.RESPONSE, status, null);
        }
        if (raw == Optional.class) {
            return new ResultWriter(Kind.OPTIONAL, status, writerFor(Types.argument(type, 0)));
        }
        return new ResultWriter(Kind.JSON, status, writerFor(type));
    }

    private static ObjectWriter writerFor(Type type) {
        return Json.mapper().writerFor(Json.mapper().constructType(type));
    }

    HttpResponse write(Object value, Exchange exchange) throws JsonProcessingException {
        HttpResponse response = switch (kind) {
            case JSON -> HttpResponse.json(status, writer.writeValueAsBytes(value));
            case EMPTY -> HttpResponse.empty(status);
            case STATUS -> {
                Status<?> s = (Status<?>) value;
                yield s.body() == null
                        ? HttpResponse.empty(s.code())
                        : HttpResponse.json(s.code(), writer.writeValueAsBytes(s.body()));
            }
            case OPTIONAL -> {
                Optional<?> o = (Optional<?>) value;
                yield o.isPresent()
                        ? HttpResponse.json(status, writer.writeValueAsBytes(o.get()))
                        : ErrorResponses.notFound();
            }
            case RAW -> {
                Raw r = (Raw) value;
                List<HttpHeader> headers = List.of(new HttpHeader("Content-Type", r.contentType()));
                yield r.stream() != null
                        ? HttpResponse.streaming(status, headers, r.stream())
                        : HttpResponse.of(status, headers, r.bytes());
            }
            case RESPONSE -> (HttpResponse) value;
        };
        return exchange.withResponseHeaders(response);
    }
}
