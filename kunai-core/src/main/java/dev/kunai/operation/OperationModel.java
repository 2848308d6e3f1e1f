package dev.kunai.operation;

import dev.kunai.http.HttpMethod;
import dev.kunai.security.Auth;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The single, immutable description of one operation, built once at start-up from a controller method.
 * Routing, binding, validation, the stages, the OpenAPI document and the test client all read this model;
 * nothing restates a path, a type or a security decision elsewhere.
 *
 * @param operationId  unique, stable id ({@code BookController_getBooks} unless overridden)
 * @param method       the HTTP method
 * @param path         the path template relative to the API prefix, starting with {@code /} (e.g. {@code /books/{id}})
 * @param summary      short summary
 * @param description  longer description, if any
 * @param tags         OpenAPI tags
 * @param deprecated   whether the operation is deprecated
 * @param parameters   non-body parameters (path, query, header, cookie, form fields, files)
 * @param body         the request body, if any
 * @param responses    documented responses by ascending status: success, declared, and those of its stages
 * @param controller   the controller class; for an {@link Operation} defined in code, its owner (whose
 *                     annotations apply as a controller's), {@code Operation} when it has none
 * @param handler      the controller method; {@link Operation.Handler#handle} for an operation defined in code
 * @param security     the authentication alternatives the operation requires (any one suffices), resolved
 *                     operation → controller → API, most specific wins; empty when the operation is public
 * @param metadata     typed facts stages and features read at start-up
 */
public record OperationModel(
        String operationId,
        HttpMethod method,
        String path,
        String summary,
        Optional<String> description,
        List<String> tags,
        boolean deprecated,
        List<ParameterModel> parameters,
        Optional<BodyModel> body,
        List<ResponseModel> responses,
        Class<?> controller,
        Method handler,
        List<Auth> security,
        Metadata metadata) {

    /** Validates and freezes the components. */
    public OperationModel {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        security = List.copyOf(security);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A public operation with no metadata (the shape before security and metadata were part of the model). */
    public OperationModel(
            String operationId,
            HttpMethod method,
            String path,
            String summary,
            Optional<String> description,
            List<String> tags,
            boolean deprecated,
            List<ParameterModel> parameters,
            Optional<BodyModel> body,
            List<ResponseModel> responses,
            Class<?> controller,
            Method handler) {
        this(
                operationId,
                method,
                path,
                summary,
                description,
                tags,
                deprecated,
                parameters,
                body,
                responses,
                controller,
                handler,
                List.of(),
                Metadata.empty());
    }

    /** Whether this operation was defined in code ({@link Operation}) rather than by an annotated method. */
    public boolean definedInCode() {
        return handler.equals(Operation.HANDLE);
    }

    /**
     * How start-up messages name this operation: {@code Controller.method}, or for an operation defined in code
     * {@code operation 'id' (GET /path)}.
     */
    public String where() {
        return definedInCode()
                ? "operation '" + operationId + "' (" + method + " " + path + ")"
                : controller.getSimpleName() + "." + handler.getName();
    }

    /** The annotation of {@code type} on the handler method, else on the controller class (most specific wins). */
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        A onMethod = handler.getAnnotation(type);
        return onMethod != null ? Optional.of(onMethod) : Optional.ofNullable(controller.getAnnotation(type));
    }

    /** A copy with more documented responses; a status already documented keeps its first description. */
    public OperationModel withResponses(List<ResponseModel> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ResponseModel> all = new ArrayList<>(responses);
        for (ResponseModel response : more) {
            if (all.stream().noneMatch(r -> r.status() == response.status())) {
                all.add(response);
            }
        }
        all.sort(Comparator.comparingInt(ResponseModel::status));
        return copy(parameters, List.copyOf(all), security, metadata);
    }

    /** A copy with more documented non-body parameters (appended). */
    public OperationModel withParameters(List<ParameterModel> more) {
        List<ParameterModel> all = new ArrayList<>(parameters);
        all.addAll(more);
        return copy(List.copyOf(all), responses, security, metadata);
    }

    /** A copy whose responses are exactly {@code replacement} (sorted by status). */
    public OperationModel withAllResponses(List<ResponseModel> replacement) {
        List<ResponseModel> all = new ArrayList<>(replacement);
        all.sort(Comparator.comparingInt(ResponseModel::status));
        return copy(parameters, List.copyOf(all), security, metadata);
    }

    /** A copy requiring one of {@code alternatives} (empty: public). */
    public OperationModel withSecurity(List<Auth> alternatives) {
        return copy(parameters, responses, alternatives, metadata);
    }

    /** A copy with {@code value} stored in the metadata under {@code key}. */
    public <T> OperationModel withMetadata(MetadataKey<T> key, T value) {
        return copy(parameters, responses, security, metadata.with(key, value));
    }

    private OperationModel copy(
            List<ParameterModel> newParameters,
            List<ResponseModel> newResponses,
            List<Auth> newSecurity,
            Metadata newMetadata) {
        return new OperationModel(
                operationId,
                method,
                path,
                summary,
                description,
                tags,
                deprecated,
                newParameters,
                body,
                newResponses,
                controller,
                handler,
                newSecurity,
                newMetadata);
    }
}
