package dev.kunai.stage;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.security.Auth;
import dev.kunai.security.Guards;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in {@link StageSlot#AUTH} stage: every operation whose resolved {@link OperationModel#security()}
 * is not empty authenticates the caller with one of its alternatives, or answers 401 (documented).
 */
public final class AuthStage implements OperationStage {

    private static final ResponseModel UNAUTHORIZED = ResponseModel.error(401, "Unauthorized");

    private AuthStage() {}

    /** The factory the pipeline registers by default. */
    public static AuthStage factory() {
        return new AuthStage();
    }

    @Override
    public StageSlot slot() {
        return StageSlot.AUTH;
    }

    @Override
    public Optional<Stage> create(OperationModel operation) {
        return operation.security().isEmpty() ? Optional.empty() : Optional.of(requiring(operation.security()));
    }

    /**
     * The stage with each declared alternative {@linkplain Auth#resolve resolved} through the application's
     * container (declarations stay as they are while the pipeline is only {@linkplain StageContext#describing()
     * described}).
     */
    @Override
    public Optional<Stage> create(OperationModel operation, StageContext context) {
        if (operation.security().isEmpty()) {
            return Optional.empty();
        }
        if (context.describing()) {
            return Optional.of(requiring(operation.security()));
        }
        List<Auth> resolved = new ArrayList<>();
        for (Auth declared : operation.security()) {
            try {
                resolved.add(Objects.requireNonNull(declared.resolve(context), "resolved auth"));
            } catch (IllegalStateException e) {
                throw KunaiConfigurationException.at(
                        operation.controller(),
                        operation.handler(),
                        "authentication " + declared.schemeName() + ": " + e.getMessage());
            }
        }
        return Optional.of(requiring(resolved));
    }

    /** A stage requiring one of {@code alternatives} (e.g. the docs routes' {@code docsAuth}). */
    public static Stage requiring(List<Auth> alternatives) {
        List<Auth> frozen = List.copyOf(alternatives);
        return new Stage() {
            @Override
            public Optional<HttpResponse> apply(RequestContext context) {
                Guards.authenticate(frozen, context);
                return Optional.empty();
            }

            @Override
            public List<ResponseModel> responses() {
                return List.of(UNAUTHORIZED);
            }
        };
    }
}
