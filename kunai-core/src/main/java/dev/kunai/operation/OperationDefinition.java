package dev.kunai.operation;

import java.util.List;
import java.util.Objects;

/**
 * An operation ready to compile, read from a controller method or from an {@link Operation} defined in code:
 * the documented {@link OperationModel}, the binding plan of each input, the success status, the result plan
 * (which writes the result and documented the responses) and what runs it. The pipeline compiles it; OpenAPI
 * reads the model.
 *
 * @param model      the documented model
 * @param plans      one plan per input, in order: the handler's parameters, or the inputs of a code operation
 * @param status     the success status
 * @param result     what the result is and how it is written
 * @param invocation what runs the operation
 */
public record OperationDefinition(
        OperationModel model, List<ParameterPlan> plans, int status, ResultPlan result, Invocation invocation) {

    /** Validates and freezes the components. */
    public OperationDefinition {
        Objects.requireNonNull(model, "model");
        plans = List.copyOf(plans);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(invocation, "invocation");
    }

    /** A copy with another model (e.g. with its resolved security or its contributors' additions). */
    public OperationDefinition withModel(OperationModel newModel) {
        return new OperationDefinition(newModel, plans, status, result, invocation);
    }
}
