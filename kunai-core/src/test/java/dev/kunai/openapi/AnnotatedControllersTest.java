package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpError;
import dev.kunai.http.Raw;
import dev.kunai.http.UploadedFile;
import dev.kunai.operation.OperationModels;
import dev.kunai.param.Body;
import dev.kunai.param.Cookie;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.param.Header;
import dev.kunai.param.Path;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.route.Response;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import dev.kunai.testfixtures.OpenApi31Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document of annotated controllers, read by {@link OperationModels#describe(KunaiApi)}: the tutorial's Books API and more. */
class AnnotatedControllersTest {

    @Description("A tag")
    public record BookTagSchema(
            Long id, @Description("Tag name") String name) {}

    public record BookSchema(
            Long id, @Description("Book title") String title, List<BookTagSchema> tags) {}

    public record BookCreateSchema(
            @Description("Book title") @NotNull @Size(max = 255)
            String title,

            @Description("List of tag names") List<String> tags) {}

    public record Paging(
            @Default("1") @Min(1) int page,
            @Default("10") @Max(100) int size) {}

    /** The tutorial's controller. */
    @Controller(tags = "Books")
    public static class BookController {
        @Get("books/")
        public List<BookSchema> getBooks() {
            return List.of();
        }

        @Post(value = "books/", status = 201)
        public BookSchema createBook(@Body(description = "Book payload") BookCreateSchema payload) {
            return null;
        }

        @Get("books/{id}")
        @Response(status = 404, type = HttpError.class, description = "No such book")
        public BookSchema getBook(@Path(description = "Book id") long id) {
            return null;
        }

        @Delete("books/{id}")
        public void deleteBook(long id) {}
    }

    /** Every other parameter source and body kind. */
    @Controller(value = "misc")
    public static class MiscController {
        @Get("search")
        public List<BookSchema> search(
                @Query(description = "Words to find") @Size(min = 2) String q,
                @Query Paging paging,
                @Header("X-Trace") String trace,
                @Cookie String session) {
            return List.of();
        }

        @Post("upload")
        public String upload(@Form String title, @File UploadedFile file) {
            return "";
        }

        @Get("export")
        public Raw export() {
            return Raw.text("a,b", "text/csv");
        }
    }

    static OpenApiDocument document;

    @BeforeAll
    static void generate() {
        KunaiApi api = KunaiApi.builder()
                .title("Project API")
                .controllers(BookController.class, MiscController.class)
                .build();
        document = OpenApi.generate(api, OperationModels.describe(api));
    }

    @Test
    void validatesWithZeroMessages() {
        assertThat(OpenApi31Schema.problems(document.toJson(false))).isEmpty();
    }

    @Test
    void theTutorialsBooksApiIsDocumented() {
        JsonNode create = document.at("/paths/~1api~1books~1/post");
        assertThat(create.path("operationId").asText()).isEqualTo("BookController_createBook");
        assertThat(create.path("tags").get(0).asText()).isEqualTo("Books");
        assertThat(create.at("/requestBody/description").asText()).isEqualTo("Book payload");
        assertThat(create.at("/requestBody/required").asBoolean()).isTrue();
        assertThat(create.at("/responses/201/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/BookSchema");
        assertThat(OpenApiDocumentTest.fieldNames(create.path("responses")))
                .containsExactly("201", "400", "413", "415", "422");
        assertThat(document.at("/paths/~1api~1books~1/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/BookSchema");
        assertThat(document.at("/components/schemas/BookSchema/properties/title/description")
                        .asText())
                .isEqualTo("Book title");
        assertThat(document.at("/components/schemas/BookCreateSchema/properties/tags/description")
                        .asText())
                .isEqualTo("List of tag names");
        assertThat(document.at("/components/schemas/BookTagSchema/properties/name/description")
                        .asText())
                .isEqualTo("Tag name");
        assertThat(document.at("/components/schemas/BookCreateSchema/properties/title/maxLength")
                        .asInt())
                .isEqualTo(255);
    }

    @Test
    void pathParametersDeclaredResponsesAndNoContent() {
        JsonNode get = document.at("/paths/~1api~1books~1{id}/get");
        assertThat(get.at("/parameters/0/in").asText()).isEqualTo("path");
        assertThat(get.at("/parameters/0/description").asText()).isEqualTo("Book id");
        assertThat(get.at("/responses/404/description").asText()).isEqualTo("No such book");
        // an HttpError response type is Kunai's {"detail": "..."} body, not the exception class
        assertThat(get.at("/responses/404/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/HTTPError");
        assertThat(OpenApiDocumentTest.fieldNames(document.at("/components/schemas")))
                .containsExactly(
                        "BookCreateSchema",
                        "BookSchema",
                        "BookTagSchema",
                        "HTTPError",
                        "ValidationError",
                        "ValidationErrorDetail");
        JsonNode delete = document.at("/paths/~1api~1books~1{id}/delete");
        assertThat(delete.at("/responses/204").toString()).isEqualTo("{\"description\":\"No Content\"}");
    }

    @Test
    void queryGroupsHeadersCookiesFormsAndRawResults() {
        JsonNode search = document.at("/paths/~1api~1misc~1search/get/parameters");
        assertThat(search.findValuesAsText("name")).contains("q", "page", "size", "X-Trace", "session");
        assertThat(search.findValuesAsText("in")).contains("query", "header", "cookie");
        JsonNode page = null;
        for (JsonNode parameter : search) {
            if (parameter.path("name").asText().equals("page")) {
                page = parameter;
            }
        }
        assertThat(page).isNotNull();
        assertThat(page.path("required").asBoolean()).isFalse();
        assertThat(page.at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(page.at("/schema/default").asInt()).isEqualTo(1);
        JsonNode upload =
                document.at("/paths/~1api~1misc~1upload/post/requestBody/content/multipart~1form-data/schema");
        assertThat(upload.at("/properties/file/format").asText()).isEqualTo("binary");
        assertThat(upload.at("/properties/title/type").asText()).isEqualTo("string");
        JsonNode export = document.at("/paths/~1api~1misc~1export/get/responses/200/content");
        assertThat(export.toString()).doesNotContain("$ref").contains("binary");
    }
}
