package dev.kunai.examples.books.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.testfixtures.OpenApi31Schema;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Books API's document: valid OpenAPI 3.1 (the OpenAPI Initiative's JSON Schema, and zero swagger-parser
 * messages), and the tutorial's facts in it.
 */
class BooksOpenApiTest {

    private static OpenApiDocument document;
    private static JsonNode tree;

    @BeforeAll
    static void generate() {
        document = BooksDocument.generate();
        tree = document.tree();
    }

    private static JsonNode schema(String name) {
        return tree.path("components").path("schemas").path(name);
    }

    private static JsonNode post() {
        return tree.path("paths").path("/api/books/").path("post");
    }

    @Test
    void validatesAgainstTheOpenApi31SchemaAndInSwaggerParser() {
        assertThat(OpenApi31Schema.problems(document.toJson(true))).isEmpty();
        assertThat(OpenApi31Schema.problems(new String(document.bytes(), StandardCharsets.UTF_8)))
                .isEmpty();
        SwaggerParseResult pretty = BooksDocument.parse(document.toJson(true));
        assertThat(pretty.getMessages()).isEmpty();
        assertThat(pretty.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(pretty.getOpenAPI().getInfo().getTitle()).isEqualTo("Project API");
        assertThat(pretty.getOpenAPI().getPaths())
                .containsOnlyKeys("/api/books/", "/api/books/page", "/api/books/cursor");

        SwaggerParseResult served = BooksDocument.parse(new String(document.bytes(), StandardCharsets.UTF_8));
        assertThat(served.getMessages()).isEmpty();
        assertThat(served.getOpenAPI().getComponents().getSchemas())
                .containsKeys("BookSchema", "BookTagSchema", "BookCreateSchema", "ValidationError", "HTTPError");
    }

    @Test
    void bothOperationsAreUnderApiBooksWithTheBooksTag() {
        JsonNode books = tree.path("paths").path("/api/books/");
        assertThat(books.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("get", "post");
        assertThat(books.path("get").path("tags").get(0).asText()).isEqualTo("Books");
        assertThat(books.path("post").path("tags").get(0).asText()).isEqualTo("Books");
        assertThat(books.path("get").path("operationId").asText()).isEqualTo("BookController_getBooks");
        assertThat(books.path("post").path("operationId").asText()).isEqualTo("BookController_createBook");
        assertThat(books.path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(Json.mapper().createObjectNode().put("type", "array").set("items", ref("BookSchema")));
    }

    @Test
    void postAnswers201WithTheBookSchemaAndDescribesItsPayload() {
        assertThat(post().path("responses").has("200")).isFalse();
        assertThat(post().path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(ref("BookSchema"));
        JsonNode body = post().path("requestBody");
        assertThat(body.path("description").asText()).isEqualTo("Book payload");
        assertThat(body.path("required").asBoolean()).isTrue();
        assertThat(body.path("content").path("application/json").path("schema")).isEqualTo(ref("BookCreateSchema"));
    }

    @Test
    void schemasCarryTheTutorialsDescriptionsConstraintsAndDefaults() {
        JsonNode create = schema("BookCreateSchema").path("properties");
        assertThat(create.path("title").path("description").asText()).isEqualTo("Book title");
        assertThat(create.path("title").path("maxLength").asInt()).isEqualTo(255);
        assertThat(create.path("tags").path("description").asText()).isEqualTo("List of tag names");
        assertThat(create.path("tags").path("default")).isEqualTo(Json.mapper().createArrayNode());
        assertThat(schema("BookCreateSchema").path("required"))
                .containsExactly(Json.mapper().getNodeFactory().textNode("title"));

        assertThat(schema("BookSchema")
                        .path("properties")
                        .path("title")
                        .path("description")
                        .asText())
                .isEqualTo("Book title");
        assertThat(schema("BookSchema").path("properties").path("tags").path("items"))
                .isEqualTo(ref("BookTagSchema"));
        assertThat(schema("BookTagSchema")
                        .path("properties")
                        .path("name")
                        .path("description")
                        .asText())
                .isEqualTo("Tag name");
    }

    @Test
    void documentsThe422ValidationErrorAndTheDetailErrors() {
        assertThat(post().path("responses")
                        .path("422")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(ref("ValidationError"));
        assertThat(post().path("responses")
                        .path("400")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(ref("HTTPError"));
        JsonNode detail = schema("ValidationError").path("properties").path("detail");
        assertThat(detail.path("type").asText()).isEqualTo("array");
        assertThat(detail.path("items")).isEqualTo(ref("ValidationErrorDetail"));
        assertThat(schema("ValidationErrorDetail").path("properties").properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly("type", "loc", "msg");
        assertThat(schema("HTTPError")
                        .path("properties")
                        .path("detail")
                        .path("type")
                        .asText())
                .isEqualTo("string");
        // GET has no parameters or body, so it cannot produce a 422.
        assertThat(tree.path("paths")
                        .path("/api/books/")
                        .path("get")
                        .path("responses")
                        .has("422"))
                .isFalse();
    }

    @Test
    void thePageOperationDocumentsItsPaginatorsDefaultAndMaximumLimit() {
        JsonNode parameters =
                tree.path("paths").path("/api/books/page").path("get").path("parameters");
        JsonNode limit = null;
        JsonNode offset = null;
        for (JsonNode parameter : parameters) {
            limit = "limit".equals(parameter.path("name").asText()) ? parameter : limit;
            offset = "offset".equals(parameter.path("name").asText()) ? parameter : offset;
        }
        assertThat(limit).isNotNull();
        assertThat(offset).isNotNull();
        // the application's default paginator, LimitOffsetPagination.defaults(): limit 100 unless given, 1..1000
        assertThat(limit.path("in").asText()).isEqualTo("query");
        assertThat(limit.path("required").asBoolean()).isFalse();
        assertThat(limit.path("schema").path("default").asInt()).isEqualTo(100);
        assertThat(limit.path("schema").path("minimum").asInt()).isEqualTo(1);
        assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(1000);
        assertThat(offset.path("schema").path("default").asInt()).isZero();
        assertThat(offset.path("schema").path("minimum").isIntegralNumber()).isTrue();
        assertThat(offset.path("schema").path("minimum").asInt()).isZero();
        assertThat(offset.path("schema").has("maximum")).isFalse();
    }

    @Test
    void theCursorOperationDocumentsItsDefaultAndMaximumPageSize() {
        JsonNode pageSize = null;
        for (JsonNode parameter :
                tree.path("paths").path("/api/books/cursor").path("get").path("parameters")) {
            pageSize = "page_size".equals(parameter.path("name").asText()) ? parameter : pageSize;
        }
        assertThat(pageSize).isNotNull();
        // BookListController.CURSORS: CursorPagination.withRandomSecret(20, 100)
        assertThat(pageSize.path("required").asBoolean()).isFalse();
        assertThat(pageSize.path("schema").path("default").asInt()).isEqualTo(20);
        assertThat(pageSize.path("schema").path("minimum").asInt()).isEqualTo(1);
        assertThat(pageSize.path("schema").path("maximum").asInt()).isEqualTo(100);
    }

    private static JsonNode ref(String component) {
        return Json.mapper().createObjectNode().put("$ref", "#/components/schemas/" + component);
    }
}
