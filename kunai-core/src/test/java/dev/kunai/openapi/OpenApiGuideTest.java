package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.operation.OperationModels;
import dev.kunai.param.Body;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import dev.kunai.schema.Description;
import dev.kunai.schema.Example;
import dev.kunai.testfixtures.OpenApi31Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable example of docs/openapi.md, line for line. */
class OpenApiGuideTest {

    // --- the example -------------------------------------------------------------------------------------------

    @Description("A tag on a book")
    public record BookTagSchema(
            Long id, @Description("Tag name") String name) {}

    public record BookSchema(
            Long id, @Description("Book title") String title, List<BookTagSchema> tags, Optional<String> subtitle) {}

    public record BookCreateSchema(
            @Description("Book title") @NotNull @Size(max = 255)
            String title,

            @Description("List of tag names") @Default("[]") List<String> tags,
            @Example("4") @Min(1) @Max(5) int stars) {}

    public record Page<T>(List<T> items, long count) {}

    @Controller(tags = "Books")
    public static class BookController {
        @Get("books/")
        public Page<BookSchema> getBooks(@Query(description = "Page number") @Min(1) @Default("1") int page) {
            return new Page<>(List.of(), 0);
        }

        @Post(value = "books/", status = 201)
        public BookSchema createBook(@Body(description = "Book payload") BookCreateSchema payload) {
            return new BookSchema(1L, payload.title(), List.of(), Optional.empty());
        }
    }

    // --- what the page says about it ---------------------------------------------------------------------------

    @Test
    void theGuideExampleProducesWhatThePageShows(@TempDir Path dir) throws Exception {
        KunaiApi api = KunaiApi.builder()
                .title("Project API")
                .version("1.0.0")
                .controllers(BookController.class)
                .build();
        OpenApiDocument document = OpenApi.generate(api, OperationModels.describe(api));

        JsonNode create = document.at("/components/schemas/BookCreateSchema");
        assertThat(create.toString()).isEqualTo("""
                {"type":"object","properties":{\
                "title":{"type":"string","description":"Book title","maxLength":255},\
                "tags":{"description":"List of tag names","default":[],"type":"array","items":{"type":"string"}},\
                "stars":{"type":"integer","format":"int32","minimum":1,"maximum":5,"examples":[4]}},\
                "required":["title","stars"]}""");
        assertThat(document.at("/components/schemas/BookSchema/required").toString())
                .isEqualTo("[\"id\",\"title\",\"tags\"]");
        assertThat(document.at("/components/schemas/BookSchema/properties/subtitle/type")
                        .toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(document.at("/components/schemas/BookTagSchema/description").asText())
                .isEqualTo("A tag on a book");
        assertThat(document.at("/paths/~1api~1books~1/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Page_BookSchema_");
        assertThat(document.at("/paths/~1api~1books~1/get/parameters/0").toString())
                .isEqualTo("""
                {"name":"page","in":"query","required":false,"description":"Page number",\
                "schema":{"type":"integer","format":"int32","minimum":1,"default":1}}""");
        assertThat(OpenApiDocumentTest.fieldNames(document.at("/paths/~1api~1books~1/post/responses")))
                .containsExactly("201", "400", "413", "415", "422");

        Path file = dir.resolve("openapi.json");
        OpenApi.export(api, OperationModels.describe(api), file, true);
        assertThat(Files.readString(file)).startsWith("{\n  \"components\" : {\n    \"schemas\" : {\n");
        assertThat(OpenApi31Schema.problems(Files.readString(file))).isEmpty();
    }
}
