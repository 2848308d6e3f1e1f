package dev.kunai.operation;

import dev.kunai.http.HttpMethod;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The single, immutable description of one operation, built once at start-up from a controller method.
 * Routing, binding, validation, the OpenAPI document and the test client all read this model; nothing
 * restates a path or a type elsewhere.
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
 * @param responses    documented success and declared responses, by ascending status
 * @param controller   the controller class
 * @param handler      the controller method
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
        Method handler) {}
