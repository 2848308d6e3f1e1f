package dev.kunai.operation;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.reflect.TypeToken;
import dev.kunai.binding.Types;
import dev.kunai.errors.ErrorResponses;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Raw;
import dev.kunai.http.Status;
import dev.kunai.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What one operation's result is, decided once at start-up through the {@link ResultKind} registry: the kind,
 * the type the handler produces (a {@code CompletionStage} unwrapped) and whether it must be awaited. The same
 * plan yields the runtime {@link #writer(int) writer} and the {@link #success documented} and
 * {@link #implied implied} responses, so what runs and what OpenAPI shows cannot disagree.
 *
 * <p>Statuses that forbid a body (1xx, 204, 304; RFC 9110) are normalised here: such a route cannot declare a
 * body ({@link #statusProblem}), its documented response has no content, and a {@code Status} result with such a
 * code is written without serializing its body. The dispatcher still strips any body a middleware or exception
 * handler adds to such a status, and answers {@code HEAD} from the {@code GET} response, for every transport.
 *
 * @param kind  the result kind
 * @param type  the type the handler produces once any {@code CompletionStage} is unwrapped
 * @param async whether the handler returns a {@code CompletionStage} to await
 */
public record ResultPlan(ResultKind kind, Type type, boolean async) {

    private static final ResponseModel NOT_FOUND = ResponseModel.error(404, "Not Found");

    /** Validates the components. */
    public ResultPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
    }

    /** The plan of a handler declared to return {@code declared} ({@code CompletionStage<T>} awaited). */
    public static ResultPlan of(Type declared) {
        boolean async = CompletionStage.class.isAssignableFrom(Types.raw(declared));
        Type type = async ? Types.argument(declared, 0) : declared;
        return new ResultPlan(ResultKind.of(type), type, async);
    }

    /** The plan of {@code method} as seen from {@code controller} (type variables of a generic base resolved). */
    public static ResultPlan of(Class<?> controller, Method method) {
        return of(TypeToken.of(controller)
                .resolveType(method.getGenericReturnType())
                .getType());
    }

    /** The plan for a result transformed into {@code written} (e.g. a page): same awaiting, new kind and type. */
    public ResultPlan written(Type written) {
        return new ResultPlan(ResultKind.of(written), written, async);
    }

    /** The route's status when it declares none: {@code 204} for {@code void}, else {@code 200}. */
    public int defaultStatus() {
        return kind == ResultKind.EMPTY ? 204 : 200;
    }

    /** Why {@code status} cannot be this result's success status (a body on a status that forbids one), if so. */
    public Optional<String> statusProblem(int status) {
        if (HttpResponse.forbidsBody(status) && kind != ResultKind.EMPTY && !kind.statusPerRequest()) {
            return Optional.of("status " + status + " never has a body (RFC 9110), but the method returns "
                    + Types.describe(type) + "; return void, or Status<T> to choose the status per request");
        }
        return Optional.empty();
    }

    /** The type a client receives as the body ({@code Status<T>} and {@code Optional<T>} give {@code T}). */
    public Optional<Type> bodyType() {
        return switch (kind) {
            case EMPTY -> Optional.empty();
            case STATUS, OPTIONAL -> Optional.of(Types.argument(type, 0));
            case RAW, RESPONSE, JSON -> Optional.of(type);
        };
    }

    /** The documented success response at {@code status}. */
    public ResponseModel success(int status) {
        boolean raw = kind == ResultKind.RAW || kind == ResultKind.RESPONSE;
        Optional<Type> body = HttpResponse.forbidsBody(status) ? Optional.empty() : bodyType();
        String description =
                status == 201 ? "Created" : kind == ResultKind.EMPTY || body.isEmpty() ? "No Content" : "OK";
        return new ResponseModel(status, body, raw ? "application/octet-stream" : "application/json", description);
    }

    /** The error responses the kind itself can answer ({@code Optional}: 404), documented unless declared. */
    public List<ResponseModel> implied() {
        return kind == ResultKind.OPTIONAL ? List.of(NOT_FOUND) : List.of();
    }

    /** The writer for results of this plan, with {@code status} as the success status. */
    public ResultWriter writer(int status) {
        return switch (kind) {
            case EMPTY -> value -> HttpResponse.empty(status);
            case JSON -> json(status, jsonWriter(type));
            case STATUS -> status(jsonWriter(Types.argument(type, 0)));
            case OPTIONAL -> optional(status, jsonWriter(Types.argument(type, 0)));
            case RAW -> value -> raw(status, (Raw) value);
            case RESPONSE -> value -> (HttpResponse) value;
        };
    }

    private static ResultWriter json(int status, ObjectWriter writer) {
        return value -> HttpResponse.json(status, writer.writeValueAsBytes(value));
    }

    private static ResultWriter status(ObjectWriter writer) {
        return value -> {
            Status<?> result = (Status<?>) value;
            return result.body() == null || HttpResponse.forbidsBody(result.code())
                    ? HttpResponse.empty(result.code())
                    : HttpResponse.json(result.code(), writer.writeValueAsBytes(result.body()));
        };
    }

    private static ResultWriter optional(int status, ObjectWriter writer) {
        return value -> {
            Optional<?> result = (Optional<?>) value;
            return result.isPresent()
                    ? HttpResponse.json(status, writer.writeValueAsBytes(result.get()))
                    : ErrorResponses.notFound();
        };
    }

    private static HttpResponse raw(int status, Raw raw) {
        List<HttpHeader> headers = List.of(new HttpHeader("Content-Type", raw.contentType()));
        return raw.stream() != null
                ? HttpResponse.streaming(status, headers, raw.stream())
                : HttpResponse.of(status, headers, raw.bytes());
    }

    private static ObjectWriter jsonWriter(Type type) {
        if (type instanceof dev.kunai.schema.SchemaType) {
            return Json.mapper().writerFor(Object.class); // a runtime schema's values are maps or trees
        }
        return Json.mapper().writerFor(Json.mapper().constructType(type));
    }
}
