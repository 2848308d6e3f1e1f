package dev.kunai.examples.books.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.examples.books.BooksApp;
import dev.kunai.testfixtures.OpenApi31Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's {@code openapi} command ({@code BooksApp openapi -o FILE [--compact]}) writes the same document the
 * app serves, with sorted keys, and needs no database (books-client runs it at build time).
 */
class OpenApiExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesThePrettyDocumentWithSortedKeys() throws IOException {
        Path file = dir.resolve("openapi.json");

        BooksApp.main(new String[] {"openapi", "-o", file.toString()});

        String text = Files.readString(file);
        assertThat(text).isEqualTo(BooksDocument.generate().toJson(true));
        assertThat(text.lines().count()).isGreaterThan(100);
        assertThat(text.indexOf("\"components\""))
                .isLessThan(text.indexOf("\"info\""))
                .isLessThan(text.indexOf("\"paths\""));
        assertThat(OpenApi31Schema.problems(text)).isEmpty();
    }

    @Test
    void compactWritesOneLine() throws IOException {
        Path file = dir.resolve("compact.json");

        BooksApp.main(new String[] {"openapi", "-o", file.toString(), "--compact"});

        String text = Files.readString(file);
        assertThat(text.lines().count()).isEqualTo(1);
        assertThat(text).isEqualTo(BooksDocument.generate().toJson(false));
        assertThat(OpenApi31Schema.problems(text)).isEmpty();
        assertThat(BooksDocument.parse(text).getOpenAPI().getPaths())
                .containsOnlyKeys("/api/books/", "/api/books/page", "/api/books/cursor");
        // @Paginate's parameters and envelope come from a contributor: the export runs the features too.
        var page = BooksDocument.parse(text)
                .getOpenAPI()
                .getPaths()
                .get("/api/books/page")
                .getGet();
        assertThat(page.getParameters()).extracting(p -> p.getName()).contains("limit", "offset");
        assertThat(page.getResponses()
                        .get("200")
                        .getContent()
                        .get("application/json")
                        .getSchema()
                        .get$ref())
                .contains("Page");
    }
}
