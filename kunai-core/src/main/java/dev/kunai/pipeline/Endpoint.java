package dev.kunai.pipeline;

import dev.kunai.http.HttpResponse;
import dev.kunai.stage.Stage;
import java.util.Optional;

/**
 * What a route resolves to: the stage array compiled for it at start-up (auth → permissions → throttle →
 * before-bind), then its action (bind + validate → invoke → write for an operation; a feature's handler
 * otherwise), with every failure mapped by its API's {@link ErrorMapper}. Request-scoped values are closed
 * before the response is returned (commit on success, roll back on failure).
 */
final class Endpoint {

    private final Stage[] stages;
    private final Action action;
    private final ErrorMapper errors;

    Endpoint(Stage[] stages, Action action, ErrorMapper errors) {
        this.stages = stages;
        this.action = action;
        this.errors = errors;
    }

    /** The whole per-route work for one request; never throws. */
    HttpResponse handle(Exchange exchange) {
        try {
            HttpResponse response = run(exchange);
            exchange.closeScoped(false);
            return response;
        } catch (Throwable failure) {
            try {
                exchange.closeScoped(true);
            } catch (RuntimeException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            return errors.map(failure, exchange);
        }
    }

    private HttpResponse run(Exchange exchange) throws Throwable {
        for (Stage stage : stages) {
            Optional<HttpResponse> early = stage.apply(exchange);
            if (early.isPresent()) {
                return exchange.withResponseHeaders(early.get());
            }
        }
        return action.handle(exchange);
    }

    /** The work after the stages: an operation, or a feature route's handler. */
    @FunctionalInterface
    interface Action {
        HttpResponse handle(Exchange exchange) throws Throwable;
    }
}
