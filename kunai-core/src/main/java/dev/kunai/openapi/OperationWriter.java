package dev.kunai.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Raw;
import dev.kunai.operation.BodyModel;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ParamSource;
import dev.kunai.operation.ParameterModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.schema.Description;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** Writes one {@link OperationModel} as an OpenAPI Operation Object, error responses included. */
final class OperationWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    private static final java.util.regex.Pattern PATH_PARAM = java.util.regex.Pattern.compile("\\{([^}:]+):[^}]*}");

    private final SchemaCatalog schemas;

    OperationWriter(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** The document path of an operation: prefix + path, with {@code {name:path}} written as {@code {name}}. */
    static String documentPath(String prefix, String path) {
        String full = prefix + (path.startsWith("/") ? path : "/" + path);
        Matcher matcher = PATH_PARAM.matcher(full);
        return matcher.replaceAll(result -> Matcher.quoteReplacement("{" + result.group(1) + "}"));
    }

    /** The Operation Object. */
    ObjectNode write(OperationModel operation) {
        ObjectNode out = NODES.objectNode();
        if (!operation.tags().isEmpty()) {
            ArrayNode tags = out.putArray("tags");
            operation.tags().forEach(tags::add);
        }
        out.put("summary", operation.summary());
        operation.description().ifPresent(description -> out.put("description", description));
        out.put("operationId", operation.operationId());
        ArrayNode parameters = NODES.arrayNode();
        List<ParameterModel> formFields = new ArrayList<>();
        for (ParameterModel parameter : operation.parameters()) {
            switch (parameter.source()) {
                case PATH, QUERY, HEADER, COOKIE -> parameters.add(parameter(parameter));
                case FORM, FILE -> formFields.add(parameter);
                case BODY, CONTEXT -> {}
            }
        }
        if (!parameters.isEmpty()) {
            out.set("parameters", parameters);
        }
        Optional<ObjectNode> requestBody = requestBody(operation.body(), formFields);
        requestBody.ifPresent(body -> out.set("requestBody", body));
        out.set(
                "responses",
                responses(operation, !parameters.isEmpty() || requestBody.isPresent(), requestBody.isPresent()));
        if (operation.deprecated()) {
            out.put("deprecated", true);
        }
        return out;
    }

    private ObjectNode parameter(ParameterModel parameter) {
        ObjectNode out = NODES.objectNode();
        out.put("name", parameter.name());
        out.put("in", parameter.source().label());
        out.put("required", parameter.source() == ParamSource.PATH || parameter.required());
        description(parameter).ifPresent(description -> out.put("description", description));
        ObjectNode schema = valueSchema(parameter);
        out.set("schema", schema);
        parameter
                .example()
                .flatMap(example -> JsonLiterals.lenient(example, isStringSchema(parameter, schema)))
                .ifPresent(example -> out.set("example", example));
        return out;
    }

    /** The schema of one parameter's value: its type, constraints and default. */
    private ObjectNode valueSchema(ParameterModel parameter) {
        ObjectNode schema = schemas.schema(Types.payload(parameter.type()));
        ParameterConstraints.apply(schema, parameter.element());
        parameter.minimum().ifPresent(minimum -> schema.put("minimum", minimum));
        parameter.maximum().ifPresent(maximum -> schema.put("maximum", maximum));
        parameter
                .defaultValue()
                .flatMap(value -> JsonLiterals.lenient(value, isStringSchema(parameter, schema)))
                .ifPresent(value -> schema.set("default", value));
        return schema;
    }

    private static boolean isStringSchema(ParameterModel parameter, ObjectNode schema) {
        JsonNode type = schema.get("type");
        return (type != null && "string".equals(type.asText()))
                || Types.raw(Types.payload(parameter.type())).isEnum();
    }

    private static Optional<String> description(ParameterModel parameter) {
        return parameter
                .description()
                .filter(text -> !text.isBlank())
                .or(() -> Optional.ofNullable(ParameterConstraints.annotation(parameter.element(), Description.class))
                        .map(Description::value));
    }

    private Optional<ObjectNode> requestBody(Optional<BodyModel> body, List<ParameterModel> formFields) {
        if (body.isEmpty() && formFields.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode out = NODES.objectNode();
        body.flatMap(BodyModel::description)
                .filter(text -> !text.isBlank())
                .ifPresent(description -> out.put("description", description));
        ObjectNode media = NODES.objectNode();
        String mediaType;
        if (formFields.isEmpty()) {
            BodyModel json = body.orElseThrow();
            mediaType = json.mediaType();
            media.set("schema", schemas.schema(Types.payload(json.type())));
        } else {
            boolean files = formFields.stream().anyMatch(field -> field.source() == ParamSource.FILE);
            mediaType = body.map(BodyModel::mediaType)
                    .filter(type -> type.equals(FORM) || type.equals(MULTIPART))
                    .orElse(files ? MULTIPART : FORM);
            media.set("schema", formSchema(formFields));
        }
        body.flatMap(BodyModel::example)
                .flatMap(example -> JsonLiterals.lenient(example, false))
                .ifPresent(example -> media.set("example", example));
        out.putObject("content").set(mediaType, media);
        out.put(
                "required",
                body.map(BodyModel::required)
                        .orElseGet(() -> formFields.stream().anyMatch(ParameterModel::required)));
        return Optional.of(out);
    }

    /** Form and file fields as one object schema (the fields of a form body). */
    private ObjectNode formSchema(List<ParameterModel> fields) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (ParameterModel field : fields) {
            ObjectNode property = valueSchema(field);
            description(field).ifPresent(description -> property.put("description", description));
            field.example()
                    .flatMap(example -> JsonLiterals.lenient(example, isStringSchema(field, property)))
                    .ifPresent(example -> property.putArray("examples").add(example));
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private ObjectNode responses(OperationModel operation, boolean hasInput, boolean hasBody) {
        Map<Integer, ObjectNode> byStatus = new TreeMap<>();
        for (ResponseModel response : operation.responses()) {
            if (byStatus.put(response.status(), response(response)) != null) {
                throw new IllegalStateException("OpenAPI: operation " + operation.operationId() + " declares status "
                        + response.status() + " twice");
            }
        }
        boolean hasPathParameters = operation.parameters().stream().anyMatch(p -> p.source() == ParamSource.PATH);
        if (hasBody) {
            byStatus.computeIfAbsent(400, status -> error(status, ErrorSchemas.HTTP_ERROR));
            byStatus.computeIfAbsent(413, status -> error(status, ErrorSchemas.HTTP_ERROR));
            byStatus.computeIfAbsent(415, status -> error(status, ErrorSchemas.HTTP_ERROR));
        }
        if (hasPathParameters) {
            byStatus.computeIfAbsent(404, status -> error(status, ErrorSchemas.HTTP_ERROR));
        }
        if (hasInput) {
            byStatus.computeIfAbsent(422, status -> error(status, ErrorSchemas.VALIDATION_ERROR));
        }
        ObjectNode out = NODES.objectNode();
        byStatus.forEach((status, response) -> out.set(Integer.toString(status), response));
        return out;
    }

    private ObjectNode response(ResponseModel response) {
        ObjectNode out = NODES.objectNode();
        out.put(
                "description",
                response.description().isBlank() ? Reasons.phrase(response.status()) : response.description());
        Optional<Type> type = response.type().map(Types::payload).filter(t -> !Types.isVoid(t));
        if (type.isPresent() && response.status() != 204 && response.status() != 304) {
            out.putObject("content")
                    .putObject(response.mediaType())
                    .set("schema", bodySchema(type.get(), response.mediaType()));
        }
        return out;
    }

    /**
     * A response body's schema: JSON types via the catalog; text media as strings; other media (files, streams,
     * {@code Raw}/{@code HttpResponse} results) as binary strings.
     */
    private ObjectNode bodySchema(Type type, String mediaType) {
        Class<?> raw = Types.raw(type);
        if (Throwable.class.isAssignableFrom(raw)) {
            // @Response(status = 404, type = HttpError.class): errors travel as {"detail": "..."}
            return schemas.errorRef(ErrorSchemas.HTTP_ERROR);
        }
        boolean rawResult = raw == HttpResponse.class || raw == Raw.class;
        if (mediaType.contains("json")) {
            return rawResult ? NODES.objectNode() : schemas.schema(type);
        }
        if (mediaType.startsWith("text/") && (CharSequence.class.isAssignableFrom(raw) || rawResult)) {
            return NODES.objectNode().put("type", "string");
        }
        return NODES.objectNode().put("type", "string").put("format", "binary");
    }

    private ObjectNode error(int status, String schema) {
        ObjectNode out = NODES.objectNode().put("description", Reasons.phrase(status));
        out.putObject("content").putObject("application/json").set("schema", schemas.errorRef(schema));
        return out;
    }
}
