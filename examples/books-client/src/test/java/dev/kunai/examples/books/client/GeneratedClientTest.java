package dev.kunai.examples.books.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kunai.app.Kunai;
import dev.kunai.app.RunningApp;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.examples.books.client.api.BooksApi;
import dev.kunai.examples.books.client.model.BookCreateSchema;
import dev.kunai.examples.books.client.model.BookSchema;
import dev.kunai.examples.books.client.model.BookTagSchema;
import dev.kunai.examples.books.client.model.ValidationError;
import dev.kunai.examples.books.client.model.ValidationErrorDetail;
import dev.kunai.examples.books.client.model.ValidationErrorDetailLocInner;
import dev.kunai.server.ServerOptions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client openapi-generator wrote from the exported Books document ({@code target/openapi.json}, classes under
 * {@code dev.kunai.examples.books.client}) talking to a real Books server: it creates and lists books and reads the
 * documented 422 body into its generated {@code ValidationError}.
 */
class GeneratedClientTest {

    private static RunningApp app;
    private static BooksApi books;

    @BeforeAll
    static void startServer() {
        Database database = Database.of("h2:mem:client-" + UUID.randomUUID()).packages("dev.kunai.examples.books");
        app = Kunai.app()
                .database(database)
                .mount("/api/", BooksApp.API)
                .start(ServerOptions.builder().host("127.0.0.1").port(0).build());
        ApiClient client = new ApiClient();
        client.updateBaseUri(app.baseUrl());
        books = new BooksApi(client);
    }

    @AfterAll
    static void stopServer() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void createsABookWithTagsAndListsIt() throws ApiException {
        ApiResponse<BookSchema> created = books.bookControllerCreateBookWithHttpInfo(
                new BookCreateSchema().title("Generated").tags(List.of("java", "openapi")));

        assertThat(created.getStatusCode()).isEqualTo(201);
        BookSchema book = created.getData();
        assertThat(book.getId()).isPositive();
        assertThat(book.getTitle()).isEqualTo("Generated");
        assertThat(book.getTags()).extracting(BookTagSchema::getName).containsExactly("java", "openapi");
        assertThat(book.getTags()).allSatisfy(tag -> assertThat(tag.getId()).isPositive());

        List<BookSchema> listed = books.bookControllerGetBooks();
        assertThat(listed).contains(book);
        assertThat(listed)
                .filteredOn(b -> b.getId().equals(book.getId()))
                .singleElement()
                .extracting(BookSchema::getTitle)
                .isEqualTo("Generated");
    }

    @Test
    void tagsAreOptionalAsTheDocumentSays() throws ApiException {
        BookSchema book = books.bookControllerCreateBook(new BookCreateSchema().title("No tags"));

        assertThat(book.getTitle()).isEqualTo("No tags");
        assertThat(book.getTags()).isEmpty();
    }

    @Test
    void aTooLongTitleIsA422ThatReadsIntoTheGeneratedValidationError() throws Exception {
        ApiException error = catchThrowableOfType(
                ApiException.class,
                () -> books.bookControllerCreateBook(new BookCreateSchema().title("x".repeat(256))));

        assertThat(error.getCode()).isEqualTo(422);
        ValidationError body =
                new ApiClient().getObjectMapper().readValue(error.getResponseBody(), ValidationError.class);
        assertThat(body.getDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getType()).isEqualTo("string_too_long");
            assertThat(locOf(detail)).containsExactly("body", "payload", "title");
        });
    }

    private static List<Object> locOf(ValidationErrorDetail detail) {
        return detail.getLoc().stream()
                .map(ValidationErrorDetailLocInner::getActualInstance)
                .toList();
    }
}
