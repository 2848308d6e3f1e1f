package dev.kunai.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.KunaiApi;
import dev.kunai.json.Json;
import dev.kunai.operation.OperationModel;
import dev.kunai.schema.SchemaFactsProvider;
import dev.kunai.security.Auth;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Generates the OpenAPI 3.1.0 document of an API from its operation models, once, at start-up.
 *
 * <p>The document is a Jackson tree: victools writes the schemas as Jackson trees already, so building the
 * rest with the same nodes needs no conversion between models, gives full control over key order, and
 * guarantees no {@code null}s (swagger-parser validates the result in the tests).
 */
public final class OpenApi {

    /** The OpenAPI version written in every document. */
    public static final String VERSION = "3.1.0";

    private OpenApi() {}

    /** The document of {@code api} with its operations; schema facts come from {@link SchemaFactsProvider} services. */
    public static OpenApiDocument generate(KunaiApi api, List<OperationModel> operations) {
        return generate(api, operations, loadFactsProviders());
    }

    /** Generates the document and writes it to {@code file} with sorted keys (pretty or compact). */
    public static OpenApiDocument export(KunaiApi api, List<OperationModel> operations, Path file, boolean pretty) {
        OpenApiDocument document = generate(api, operations);
        document.writeTo(file, pretty);
        return document;
    }

    /** The document, with schema facts from the given providers (tests pass them explicitly). */
    static OpenApiDocument generate(
            KunaiApi api, List<OperationModel> operations, List<SchemaFactsProvider> factsProviders) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        SchemaCatalog schemas = new SchemaCatalog(factsProviders);
        OperationWriter writer = new OperationWriter(schemas);
        ObjectNode document = nodes.objectNode();
        document.put("openapi", VERSION);
        ObjectNode info = document.putObject("info");
        info.put("title", api.title());
        info.put("version", api.version());
        api.description().ifPresent(description -> info.put("description", description));
        ObjectNode paths = document.putObject("paths");
        Map<String, String> operationIds = new HashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Auth> schemes = new LinkedHashMap<>();
        api.authSchemes().forEach(auth -> schemes.putIfAbsent(auth.schemeName(), auth));
        for (OperationModel operation : operations) {
            String previous = operationIds.put(operation.operationId(), where(operation));
            if (previous != null) {
                throw new IllegalStateException("OpenAPI: operationId '" + operation.operationId() + "' is used by "
                        + previous + " and " + where(operation) + "; give one of them @Get(operationId = ...)");
            }
            String path = OperationWriter.documentPath(api.prefix(), operation.path());
            String method = operation.method().name().toLowerCase(Locale.ROOT);
            ObjectNode pathItem = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            if (pathItem.has(method)) {
                throw new IllegalStateException("OpenAPI: two operations answer " + operation.method() + " " + path
                        + " (the second is " + where(operation) + ")");
            }
            ObjectNode written = writer.write(operation);
            if (!operation.security().isEmpty()) {
                ArrayNode requirements = written.putArray("security");
                for (Auth auth : operation.security()) {
                    requirements.addObject().putArray(auth.schemeName());
                    schemes.putIfAbsent(auth.schemeName(), auth);
                }
            }
            pathItem.set(method, written);
            tags.addAll(operation.tags());
        }
        if (!tags.isEmpty()) {
            ArrayNode tagList = document.putArray("tags");
            tags.forEach(tag -> tagList.addObject().put("name", tag));
        }
        ObjectNode components = schemas.collect();
        if (!components.isEmpty()) {
            document.putObject("components").set("schemas", components);
        }
        if (!schemes.isEmpty()) {
            ObjectNode holder = document.has("components")
                    ? (ObjectNode) document.get("components")
                    : document.putObject("components");
            ObjectNode securitySchemes = holder.putObject("securitySchemes");
            schemes.forEach(
                    (name, auth) -> securitySchemes.set(name, Json.mapper().valueToTree(auth.scheme())));
        }
        return OpenApiDocument.of(document);
    }

    private static String where(OperationModel operation) {
        return operation.where();
    }

    private static List<SchemaFactsProvider> loadFactsProviders() {
        return ServiceLoader.load(SchemaFactsProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
