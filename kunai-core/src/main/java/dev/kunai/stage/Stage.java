package dev.kunai.stage;

import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.ResponseModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step an operation runs for every request before its arguments are bound: authentication, permissions,
 * throttling, CSRF... Built once per operation at start-up by an {@link OperationStage}; {@link #apply} is the
 * per-request work and must not reflect or look anything up by name.
 *
 * <p>A stage answers early by returning a response or throwing an {@link dev.kunai.http.HttpError} (mapped
 * like any handler error, headers included); it lets the request continue by returning empty. What it can
 * answer is listed in {@link #responses()} and becomes part of the operation's documented model.
 */
@FunctionalInterface
public interface Stage {

    /**
     * Runs for one request: {@link Optional#empty()} to continue, or the response to send instead of calling
     * the handler. May store values for later stages and the handler with {@code context.attribute(...)}.
     *
     * @throws Exception any failure; it is mapped by the exception handlers (e.g. an {@code HttpError(429)})
     */
    Optional<HttpResponse> apply(RequestContext context) throws Exception;

    /** The responses this stage can answer with (e.g. 401), added to the operation's documented responses. */
    default List<ResponseModel> responses() {
        return List.of();
    }

    /** A stage that runs {@code body} and documents {@code responses} (for stages written as lambdas). */
    static Stage of(Stage body, ResponseModel... responses) {
        Objects.requireNonNull(body, "body");
        List<ResponseModel> documented = List.of(responses);
        return new Stage() {
            @Override
            public Optional<HttpResponse> apply(RequestContext context) throws Exception {
                return body.apply(context);
            }

            @Override
            public List<ResponseModel> responses() {
                return documented;
            }
        };
    }
}
