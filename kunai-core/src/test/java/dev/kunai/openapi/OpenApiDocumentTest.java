package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import dev.kunai.operation.OperationModel;
import dev.kunai.testfixtures.OpenApi31Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document of the broad fixture API: structure, operations, error responses, validity. */
class OpenApiDocumentTest {

    static OpenApiDocument document;

    @BeforeAll
    static void generate() {
        document = OpenApi.generate(FixtureApi.api(), FixtureApi.operations());
    }

    static JsonNode at(String pointer) {
        return document.at(pointer);
    }

    static JsonNode op(String path, String method) {
        return document.tree().path("paths").path(path).path(method);
    }

    @Test
    void validatesAgainstTheOpenApi31SchemaAndInSwaggerParser() {
        SwaggerParseResult result = parse(new String(document.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(result.getMessages()).isEmpty();
        assertThat(OpenApi31Schema.problems(document.toJson(true))).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/books/", "/api/books/{id}", "/api/uploads");
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("BookSchema", "ValidationError");
    }

    static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    @Test
    void infoComesFromTheApiAndThereAreNoServersAndNoNulls() {
        assertThat(at("/openapi").asText()).isEqualTo("3.1.0");
        assertThat(at("/info/title").asText()).isEqualTo("Fixture API");
        assertThat(at("/info/version").asText()).isEqualTo("2.0.0");
        assertThat(at("/info/description").asText()).isEqualTo("Every feature at once.");
        assertThat(document.tree().has("servers")).isFalse();
        assertThat(nullsIn(document.tree(), "")).isEmpty();
        assertThat(at("/tags").findValuesAsText("name")).containsExactly("Books", "Pages", "Misc", "Files");
    }

    private static List<String> nullsIn(JsonNode node, String pointer) {
        List<String> out = new ArrayList<>();
        if (node.isNull()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                out.addAll(nullsIn(node.get(name), pointer + "/" + name));
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(nullsIn(node.get(i), pointer + "/" + i));
            }
        }
        return out;
    }

    @Test
    void pathsArePrefixedAndCatchAllParametersAreWrittenPlain() {
        assertThat(document.tree().path("paths").properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly(
                        "/api/books/",
                        "/api/books/{id}",
                        "/api/books/page",
                        "/api/tags/page",
                        "/api/pairs",
                        "/api/categories",
                        "/api/uploads",
                        "/api/legacy",
                        "/api/books/by-isbn",
                        "/api/ping");
        assertThat(op("/api/books/{id}", "delete").path("operationId").asText()).isEqualTo("BookController_deleteBook");
    }

    @Test
    void operationsCarryIdSummaryTagsDescriptionAndDeprecation() {
        JsonNode get = op("/api/books/", "get");
        assertThat(get.path("operationId").asText()).isEqualTo("BookController_getBooks");
        assertThat(get.path("summary").asText()).isEqualTo("Get Books");
        assertThat(get.path("tags").get(0).asText()).isEqualTo("Books");
        assertThat(get.has("deprecated")).isFalse();
        JsonNode patch = op("/api/books/by-isbn", "patch");
        assertThat(patch.path("deprecated").asBoolean()).isTrue();
        assertThat(patch.path("description").asText()).isEqualTo("Use GET /books/.");
        assertThat(op("/api/ping", "get").has("tags")).isFalse();
    }

    @Test
    void queryParametersCarryTypeConstraintsDefaultsDescriptionsAndExamples() {
        JsonNode limit = op("/api/books/", "get").path("parameters").get(0);
        assertThat(limit.path("name").asText()).isEqualTo("limit");
        assertThat(limit.path("in").asText()).isEqualTo("query");
        assertThat(limit.path("required").asBoolean()).isFalse();
        assertThat(limit.path("description").asText()).isEqualTo("Page size");
        assertThat(limit.path("example").asInt()).isEqualTo(20);
        assertThat(limit.path("schema").toString())
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"maximum\":100,\"default\":10}");
        JsonNode search = op("/api/books/", "get").path("parameters").get(1);
        assertThat(search.path("schema").path("minLength").asInt()).isEqualTo(2);
        assertThat(search.path("schema").path("maxLength").asInt()).isEqualTo(20);
        assertThat(search.path("example").isTextual()).isTrue();
        JsonNode genres = op("/api/books/", "get").path("parameters").get(2);
        assertThat(genres.path("schema").path("type").asText()).isEqualTo("array");
        assertThat(genres.path("schema").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/Genre");
        JsonNode sort = op("/api/books/", "get").path("parameters").get(3);
        assertThat(sort.path("schema").path("pattern").asText()).isEqualTo("^[a-z]+$");
        assertThat(sort.path("schema").path("default").asText()).isEqualTo("title");
    }

    @Test
    void eachUseOfATypeKeepsItsOwnKeywords() {
        // limit (int, @Min/@Max, default 10) and page (int, default 1) share one generated schema but not keywords
        assertThat(op("/api/books/page", "get").at("/parameters/0/schema").toString())
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"default\":1}");
        assertThat(op("/api/books/", "get").at("/parameters/0/schema/maximum").asInt())
                .isEqualTo(100);
    }

    @Test
    void keywordsOnAReferencedParameterTypeSurviveCompletion() throws Exception {
        java.lang.reflect.Method handler = Fixtures.BookController.class.getMethod("ping");
        dev.kunai.operation.ParameterModel genre = new dev.kunai.operation.ParameterModel(
                "genre",
                dev.kunai.operation.ParamSource.QUERY,
                Fixtures.Genre.class,
                false,
                java.util.Optional.of("Filter"),
                java.util.Optional.of("HISTORY"),
                java.util.Optional.of("\"SCIENCE\""),
                handler);
        OperationModel operation = new OperationModel(
                "byGenre",
                dev.kunai.http.HttpMethod.GET,
                "/by-genre",
                "By Genre",
                java.util.Optional.empty(),
                List.of(),
                false,
                List.of(genre),
                java.util.Optional.empty(),
                List.of(new dev.kunai.operation.ResponseModel(
                        200, java.util.Optional.of(Fixtures.Genre.class), "application/json", "")),
                Fixtures.BookController.class,
                handler);
        OpenApiDocument small = OpenApi.generate(dev.kunai.KunaiApi.builder().build(), List.of(operation));
        assertThat(small.at("/paths/~1api~1by-genre/get/parameters/0/schema").toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/Genre\",\"default\":\"SCIENCE\"}");
        assertThat(small.at("/paths/~1api~1by-genre/get/parameters/0/example").asText())
                .isEqualTo("HISTORY");
        assertThat(small.at("/paths/~1api~1by-genre/get/responses/200/content/application~1json/schema")
                        .toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/Genre\"}");
        assertThat(OpenApi31Schema.problems(small.toJson(false))).isEmpty();
    }

    @Test
    void pathHeaderAndCookieParameters() {
        JsonNode parameters = op("/api/books/{id}", "get").path("parameters");
        assertThat(parameters.get(0).path("in").asText()).isEqualTo("path");
        assertThat(parameters.get(0).path("required").asBoolean()).isTrue();
        assertThat(parameters.get(0).path("schema").path("format").asText()).isEqualTo("int64");
        assertThat(parameters.get(0).path("schema").path("exclusiveMinimum").asInt())
                .isZero();
        assertThat(parameters.get(1).path("in").asText()).isEqualTo("header");
        assertThat(parameters.get(1).path("name").asText()).isEqualTo("X-Request-Id");
        assertThat(parameters.get(2).path("in").asText()).isEqualTo("cookie");
        assertThat(parameters.get(2).path("required").asBoolean()).isTrue();
    }

    @Test
    void jsonBodyHasDescriptionRequiredSchemaAndExample() {
        JsonNode body = op("/api/books/", "post").path("requestBody");
        assertThat(body.path("description").asText()).isEqualTo("Book payload");
        assertThat(body.path("required").asBoolean()).isTrue();
        JsonNode media = body.path("content").path("application/json");
        assertThat(media.path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/BookCreateSchema");
        assertThat(media.path("example").path("title").asText()).isEqualTo("Dune");
        JsonNode mapBody = op("/api/books/by-isbn", "patch").path("requestBody");
        assertThat(mapBody.path("required").asBoolean()).isFalse();
        assertThat(mapBody.at("/content/application~1json/schema/additionalProperties/items/type")
                        .asText())
                .isEqualTo("integer");
    }

    @Test
    void multipartBodyListsFieldsAndFiles() {
        JsonNode schema = op("/api/uploads", "post").at("/requestBody/content/multipart~1form-data/schema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/title/description").asText()).isEqualTo("Upload title");
        assertThat(schema.at("/properties/file/format").asText()).isEqualTo("binary");
        assertThat(schema.at("/properties/attachments/items/format").asText()).isEqualTo("binary");
        assertThat(schema.path("required").toString()).isEqualTo("[\"title\",\"file\"]");
        assertThat(op("/api/uploads", "post")
                        .at("/responses/200/content/text~1plain/schema/type")
                        .asText())
                .isEqualTo("string");
    }

    @Test
    void urlencodedFormBodyFromRecordComponents() {
        JsonNode schema = op("/api/legacy", "put").at("/requestBody/content/application~1x-www-form-urlencoded/schema");
        assertThat(schema.at("/properties/title/minLength").asInt()).isEqualTo(1);
        assertThat(schema.at("/properties/title/description").asText()).isEqualTo("Title of the upload");
        assertThat(schema.at("/properties/publish/type").asText()).isEqualTo("boolean");
        assertThat(schema.at("/properties/publish/default").asBoolean()).isFalse();
        assertThat(schema.path("required").toString()).isEqualTo("[\"title\"]");
    }

    @Test
    void responsesPerStatusIncludingNoContentAndDeclaredOnes() {
        JsonNode created = op("/api/books/", "post").path("responses").path("201");
        assertThat(created.path("description").asText()).isEqualTo("Created");
        assertThat(created.at("/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/BookSchema");
        JsonNode noContent = op("/api/books/{id}", "delete").path("responses").path("204");
        assertThat(noContent.path("description").asText()).isEqualTo("No Content");
        assertThat(noContent.has("content")).isFalse();
        JsonNode declared404 = op("/api/books/{id}", "get").path("responses").path("404");
        assertThat(declared404.path("description").asText()).isEqualTo("No such book");
        assertThat(declared404.at("/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/BookTagSchema");
    }

    @Test
    void errorResponsesAreDocumentedForWhatTheOperationCanProduce() {
        assertThat(fieldNames(op("/api/books/", "get").path("responses"))).containsExactly("200", "422");
        assertThat(fieldNames(op("/api/books/", "post").path("responses")))
                .containsExactly("201", "400", "413", "415", "422");
        assertThat(fieldNames(op("/api/books/{id}", "delete").path("responses")))
                .containsExactly("204", "404", "422");
        assertThat(fieldNames(op("/api/ping", "get").path("responses"))).containsExactly("200");
        assertThat(op("/api/books/", "post")
                        .at("/responses/422/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ValidationError");
        assertThat(op("/api/books/", "post")
                        .at("/responses/400/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/HTTPError");
        assertThat(op("/api/books/{id}", "delete")
                        .at("/responses/404/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/HTTPError");
        JsonNode item = at("/components/schemas/ValidationErrorDetail");
        assertThat(item.path("required").toString()).isEqualTo("[\"type\",\"loc\",\"msg\"]");
        assertThat(item.at("/properties/loc/items/anyOf").toString())
                .isEqualTo("[{\"type\":\"string\"},{\"type\":\"integer\"}]");
        assertThat(at("/components/schemas/ValidationError/properties/detail/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ValidationErrorDetail");
        assertThat(at("/components/schemas/HTTPError/properties/detail/type").asText())
                .isEqualTo("string");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void exportWritesSortedKeysPrettyOrCompact(@TempDir Path dir) throws Exception {
        Path pretty = dir.resolve("out/openapi.json");
        OpenApi.export(FixtureApi.api(), FixtureApi.operations(), pretty, true);
        String text = Files.readString(pretty);
        assertThat(text).startsWith("{\n  \"components\" : {").endsWith("}\n");
        assertThat(text.indexOf("\"info\""))
                .isLessThan(text.indexOf("\"openapi\""))
                .isLessThan(text.indexOf("\"paths\""));
        assertThat(Json.mapper().readTree(text)).isEqualTo(Json.mapper().readTree(document.bytes()));
        String compact = document.toJson(false);
        assertThat(compact).doesNotContain("\n").startsWith("{\"components\":{\"schemas\":{\"BookCreateSchema\"");
        assertThat(OpenApi31Schema.problems(text)).isEmpty();
        // the served bytes keep document order: openapi first, then info, paths, tags, components
        assertThat(new String(document.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"openapi\":\"3.1.0\",\"info\":{");
    }

    @Test
    void generationIsDeterministic() {
        OpenApiDocument again = OpenApi.generate(FixtureApi.api(), FixtureApi.operations());
        assertThat(again.bytes()).isEqualTo(document.bytes());
    }

    @Test
    void servedResponseCarriesTheBytes() {
        assertThat(document.response().status()).isEqualTo(200);
        assertThat(document.response().header("Content-Type")).contains("application/json");
        assertThat(document.response().body()).isEqualTo(document.bytes());
    }

    @Test
    void duplicateOperationIdFailsAtStartUp() {
        List<OperationModel> operations = new ArrayList<>(FixtureApi.operations());
        OperationModel first = operations.getFirst();
        operations.add(new OperationModel(
                first.operationId(),
                dev.kunai.http.HttpMethod.PUT,
                "/other",
                "x",
                java.util.Optional.empty(),
                List.of(),
                false,
                List.of(),
                java.util.Optional.empty(),
                List.of(),
                first.controller(),
                first.handler()));
        assertThatThrownBy(() -> OpenApi.generate(FixtureApi.api(), operations))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BookController_getBooks");
    }

    @Test
    void twoOperationsOnOneMethodAndPathFailAtStartUp() {
        List<OperationModel> operations = new ArrayList<>(FixtureApi.operations());
        OperationModel first = operations.getFirst();
        operations.add(new OperationModel(
                "another",
                first.method(),
                first.path(),
                "x",
                java.util.Optional.empty(),
                List.of(),
                false,
                List.of(),
                java.util.Optional.empty(),
                List.of(),
                first.controller(),
                first.handler()));
        assertThatThrownBy(() -> OpenApi.generate(FixtureApi.api(), operations))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /api/books/");
    }
}
