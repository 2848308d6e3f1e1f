package dev.kunai.operation;

import dev.kunai.binding.ParameterPlan;
import java.util.List;

/**
 * An operation as read from its controller: the documented {@link OperationModel} plus the binding plan
 * of each handler parameter and the success status. The pipeline compiles it; OpenAPI reads the model.
 *
 * @param model   the documented model
 * @param plans   one plan per handler parameter, in order
 * @param status  the success status
 */
public record OperationDefinition(OperationModel model, List<ParameterPlan> plans, int status) {}
