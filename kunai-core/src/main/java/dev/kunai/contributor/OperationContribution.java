package dev.kunai.contributor;

import dev.kunai.operation.MetadataKey;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ParameterSettings;
import dev.kunai.operation.ResponseModel;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One operation as a contributor sees it while it is being defined. Every method rejects {@code null}; a
 * problem (e.g. an input whose name a handler parameter already uses) fails start-up with a
 * {@link dev.kunai.KunaiConfigurationException} naming the operation.
 */
public interface OperationContribution {

    /** The model as defined so far (including what earlier contributors added). */
    OperationModel model();

    /** The type the result writer writes so far: the handler's result type, or the last transformer's. */
    Type resultType();

    /**
     * Adds the components of {@code record} as query parameters (Ninja's {@code Query[Schema]}): bound with the
     * handler's own parameters (every error reported at once as 422), validated with the record's constraints,
     * documented in OpenAPI, and handed to result transformers via {@link InputValues#get(Input)}.
     */
    default <T extends Record> Input<T> queryInputs(Class<T> record) {
        return queryInputs(record, List.of());
    }

    /**
     * {@link #queryInputs(Class)}, documenting each of {@code settings} on the parameter of its name: the
     * default and bounds the contributor applies (e.g. a paginator's default and maximum {@code limit}), which
     * the record's annotations cannot know. A setting whose name is not a component's wire name fails start-up.
     */
    <T extends Record> Input<T> queryInputs(Class<T> record, List<ParameterSettings> settings);

    /** Documents one more response (a status already documented keeps its first description). */
    OperationContribution response(ResponseModel response);

    /** Stores a typed fact in the operation's metadata for stages and features. */
    <T> OperationContribution metadata(MetadataKey<T> key, T value);

    /**
     * Wraps the handler's result with {@code transformer} (after async results complete, before writing) and
     * documents and writes the success response as {@code resultType} (e.g. {@code Page<BookSchema>}).
     */
    OperationContribution transformResult(Type resultType, ResultTransformer transformer);
}
