package dev.kunai.stage;

import dev.kunai.operation.OperationModel;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A stage factory: at start-up it looks at each operation's model (path, security, metadata, annotations) and
 * returns the {@link Stage} that operation needs, or empty when it needs none, so operations pay only for the
 * stages that apply to them. Register one with {@code Dispatcher.builder().stage(...)} or from a
 * {@link dev.kunai.feature.Feature}; no pipeline code changes.
 *
 * <pre>{@code
 * OperationStage throttle = OperationStage.of(StageSlot.THROTTLE, operation ->
 *         operation.annotation(Throttled.class).map(limit -> new ThrottleStage(limit)));
 * }</pre>
 */
public interface OperationStage {

    /** Where the stages this factory creates run. */
    StageSlot slot();

    /** The stage {@code operation} runs on every request, or empty when it needs none. Called once per operation. */
    Optional<Stage> create(OperationModel operation);

    /**
     * The stage {@code operation} runs, created with access to the application's {@link StageContext} (its DI
     * container). The pipeline calls this one, once per operation; by default it calls
     * {@link #create(OperationModel)}. Override it (or use {@link #withContext}) when the stage is built from
     * injected parts.
     */
    default Optional<Stage> create(OperationModel operation, StageContext context) {
        return create(operation);
    }

    /** A factory from a slot and a function (the function may throw a configuration error). */
    static OperationStage of(StageSlot slot, Function<OperationModel, Optional<Stage>> create) {
        Objects.requireNonNull(create, "create");
        return factory(slot, create, (operation, context) -> create.apply(operation));
    }

    /**
     * A factory from a slot and a function that also receives the {@link StageContext} (e.g. to create injected
     * parts through the container). The pipeline always passes the context; calling {@link #create(OperationModel)}
     * on such a factory directly is an {@link IllegalStateException}.
     */
    static OperationStage withContext(
            StageSlot slot, BiFunction<OperationModel, StageContext, Optional<Stage>> create) {
        Objects.requireNonNull(create, "create");
        return factory(
                slot,
                operation -> {
                    throw new IllegalStateException("This " + slot + " stage factory needs a StageContext: call "
                            + "create(operation, context), as the pipeline does");
                },
                create);
    }

    private static OperationStage factory(
            StageSlot slot,
            Function<OperationModel, Optional<Stage>> alone,
            BiFunction<OperationModel, StageContext, Optional<Stage>> withContext) {
        Objects.requireNonNull(slot, "slot");
        return new OperationStage() {
            @Override
            public StageSlot slot() {
                return slot;
            }

            @Override
            public Optional<Stage> create(OperationModel operation) {
                return alone.apply(operation);
            }

            @Override
            public Optional<Stage> create(OperationModel operation, StageContext context) {
                return withContext.apply(operation, context);
            }
        };
    }
}
