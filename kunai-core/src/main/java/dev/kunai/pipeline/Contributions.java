package dev.kunai.pipeline;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.binding.ParameterPlans;
import dev.kunai.contributor.Input;
import dev.kunai.contributor.OperationContribution;
import dev.kunai.contributor.ResultTransformer;
import dev.kunai.operation.MetadataKey;
import dev.kunai.operation.OperationDefinition;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.OperationModels;
import dev.kunai.operation.ParameterModel;
import dev.kunai.operation.ParameterPlan;
import dev.kunai.operation.ParameterSettings;
import dev.kunai.operation.ResponseModel;
import dev.kunai.operation.ResultPlan;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the contributors added to one operation while it was defined: the updated model, the inputs that are
 * not handler parameters, the result transformers and the type the writer writes.
 */
final class Contributions implements OperationContribution {

    private final OperationDefinition definition;
    private OperationModel model;
    private ResultPlan result;
    private final List<ParameterPlan> inputs = new ArrayList<>();
    private final List<ResultTransformer> transformers = new ArrayList<>();

    Contributions(OperationDefinition definition) {
        this.definition = definition;
        this.model = definition.model();
        this.result = definition.result();
    }

    @Override
    public OperationModel model() {
        return model;
    }

    @Override
    public Type resultType() {
        return result.type();
    }

    @Override
    public <T extends Record> Input<T> queryInputs(Class<T> record, List<ParameterSettings> settings) {
        ParameterPlan plan = ParameterPlans.queryGroup(Objects.requireNonNull(record, "record"), where());
        List<ParameterModel> added = documented(record, OperationModels.parameterModels(plan), settings);
        for (ParameterModel parameter : added) {
            boolean taken = model.parameters().stream()
                    .anyMatch(p -> p.source() == parameter.source() && p.name().equals(parameter.name()));
            if (taken) {
                throw new KunaiConfigurationException(
                        where() + ": the " + parameter.source().label() + " parameter '"
                                + parameter.name() + "' of " + record.getSimpleName() + " is already a parameter of the"
                                + " operation");
            }
        }
        model = model.withParameters(added);
        inputs.add(plan);
        return Input.at(record, inputs.size() - 1);
    }

    private List<ParameterModel> documented(
            Class<?> record, List<ParameterModel> parameters, List<ParameterSettings> settings) {
        List<ParameterModel> out = new ArrayList<>(parameters);
        for (ParameterSettings setting : settings) {
            int index = -1;
            for (int i = 0; i < out.size(); i++) {
                index = out.get(i).name().equals(setting.name()) ? i : index;
            }
            if (index < 0) {
                throw new KunaiConfigurationException(where() + ": settings for query parameter '" + setting.name()
                        + "', which " + record.getSimpleName() + " does not have");
            }
            out.set(index, out.get(index).with(setting));
        }
        return out;
    }

    @Override
    public OperationContribution response(ResponseModel response) {
        model = model.withResponses(List.of(Objects.requireNonNull(response, "response")));
        return this;
    }

    @Override
    public <T> OperationContribution metadata(MetadataKey<T> key, T value) {
        model = model.withMetadata(key, value);
        return this;
    }

    @Override
    public OperationContribution transformResult(Type type, ResultTransformer transformer) {
        this.result = definition.result().written(Objects.requireNonNull(type, "type"));
        transformers.add(Objects.requireNonNull(transformer, "transformer"));
        List<ResponseModel> responses = new ArrayList<>();
        for (ResponseModel r : model.responses()) {
            responses.add(
                    r.status() == definition.status() && r.type().isPresent()
                            ? new ResponseModel(r.status(), Optional.of(type), r.mediaType(), r.description())
                            : r);
        }
        model = model.withAllResponses(responses);
        return this;
    }

    /** The definition with the contributed model. */
    OperationDefinition definition() {
        return definition.withModel(model);
    }

    /** The contributed inputs, the transformers and the written type, for {@link CompiledOperation}. */
    CompiledOperation.Extras extras() {
        return new CompiledOperation.Extras(List.copyOf(inputs), List.copyOf(transformers), result);
    }

    private String where() {
        return model.where();
    }
}
