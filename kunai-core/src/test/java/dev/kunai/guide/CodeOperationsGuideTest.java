package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiApi;
import dev.kunai.contributor.Input;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.operation.Operation;
import dev.kunai.permissions.Permission;
import dev.kunai.permissions.Permissions;
import dev.kunai.schema.Default;
import dev.kunai.security.Auth;
import dev.kunai.security.Principal;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/extending.md's "Operations defined in code". */
class CodeOperationsGuideTest {

    // tag::code-operations[]
    /** A book as stored and answered. */
    public record Book(long id, String title, int year) {}

    /** What a client sends to create one: validated like any body. */
    public record BookIn(@NotBlank String title, @Min(1450) int year) {}

    /** Query inputs as a record: defaults, Optionals and constraints apply and are documented. */
    public record BookFilters(
            @Default("10") @Min(1) @Max(100) int limit, Optional<String> search) {}

    /** Only the editor may write: a permission class, as on a controller. */
    public static class IsEditor implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return context.attribute(Principal.class)
                    .map(p -> p.value().equals("editor"))
                    .orElse(false);
        }
    }

    /** The owner of the write operations: its annotations apply to them as a controller's do. */
    @Permissions(IsEditor.class)
    public static final class BookWrites {}

    static List<Operation> bookOperations(Map<Long, Book> books) {
        AtomicLong ids = new AtomicLong();

        Operation.Builder get = Operation.builder(HttpMethod.GET, "/books/{id}").tags("books");
        Input<Long> id = get.path("id", long.class);
        Operation retrieve = get.summary("Get a book")
                .handler(new TypeToken<Optional<Book>>() {}.getType(), in -> Optional.ofNullable(books.get(in.get(id))))
                .build();

        Operation.Builder list = Operation.builder(HttpMethod.GET, "/books").tags("books");
        Input<BookFilters> filters = list.query(BookFilters.class);
        Operation search = list.operationId("listBooks")
                .handler(new TypeToken<List<Book>>() {}.getType(), in -> {
                    BookFilters f = in.get(filters);
                    return books.values().stream()
                            .filter(b -> f.search().map(b.title()::contains).orElse(true))
                            .limit(f.limit())
                            .toList();
                })
                .build();

        Operation.Builder post = Operation.builder(HttpMethod.POST, "/books").tags("books");
        Input<BookIn> payload = post.body("payload", BookIn.class);
        Operation create = post.status(201)
                .secured("BearerAuth")
                .owner(BookWrites.class)
                .handler(Book.class, in -> {
                    BookIn book = in.get(payload);
                    Book created = new Book(ids.incrementAndGet(), book.title(), book.year());
                    books.put(created.id(), created);
                    return created;
                })
                .build();
        return List.of(retrieve, search, create);
    }

    static final Auth TOKENS = Auth.bearer(token -> switch (token) {
        case "editor-token" -> Optional.of("editor");
        case "reader-token" -> Optional.of("reader");
        default -> Optional.empty();
    });

    static KunaiApi api(Map<Long, Book> books) {
        return KunaiApi.builder()
                .prefix("/api")
                .authSchemes(TOKENS)
                .operations(bookOperations(books).toArray(Operation[]::new))
                .build();
    }
    // end::code-operations[]

    private final TestClient client = TestClient.forApi(api(new ConcurrentSkipListMap<>()), GuiceContainer.create());

    private static TestRequest createAs(String token, String json) {
        return TestRequest.of("POST", "/api/books")
                .header("Authorization", "Bearer " + token)
                .body(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void writesNeedTheEditorAndReadsAreOpen() {
        String dune = "{\"title\": \"Dune\", \"year\": 1965}";
        assertThat(client.send(TestRequest.of("POST", "/api/books")
                                .body(dune.getBytes(StandardCharsets.UTF_8), "application/json"))
                        .status())
                .isEqualTo(401);
        assertThat(client.send(createAs("reader-token", dune)).status()).isEqualTo(403);
        var created = client.send(createAs("editor-token", dune));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isEqualTo(1);

        assertThat(client.get("/api/books/1").json().get("title").asText()).isEqualTo("Dune");
        assertThat(client.get("/api/books/2").status()).isEqualTo(404);
        assertThat(client.get("/api/books?search=Du").json()).hasSize(1);
        assertThat(client.get("/api/books?search=Xy").json()).isEmpty();
    }

    @Test
    void badInputIsOne422WithEveryError() {
        var badPath = client.get("/api/books/abc");
        assertThat(badPath.status()).isEqualTo(422);
        assertThat(badPath.json().at("/detail/0/loc").toString()).isEqualTo("[\"path\",\"id\"]");
        var badQuery = client.get("/api/books?limit=0");
        assertThat(badQuery.status()).isEqualTo(422);
        assertThat(badQuery.json().at("/detail/0/loc").toString()).isEqualTo("[\"query\",\"limit\"]");
        var badBody = client.send(createAs("editor-token", "{\"title\": \"\", \"year\": 1000}"));
        assertThat(badBody.status()).isEqualTo(422);
        assertThat(badBody.json().get("detail")).hasSize(2);
        assertThat(badBody.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"payload\",\"title\"]");
        assertThat(badBody.json().at("/detail/1/loc").toString()).isEqualTo("[\"body\",\"payload\",\"year\"]");
    }

    @Test
    void theDocumentShowsWhatRuns() {
        JsonNode document = client.get("/api/openapi.json").json();
        assertThat(new OpenAPIV3Parser().readContents(document.toString()).getMessages())
                .isEmpty();
        JsonNode get = document.at("/paths/~1api~1books~1{id}/get");
        assertThat(get.get("summary").asText()).isEqualTo("Get a book");
        assertThat(get.get("operationId").asText()).isEqualTo("get_books_id");
        assertThat(get.at("/parameters/0/schema/type").asText()).isEqualTo("integer");
        assertThat(get.at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .endsWith("/Book");
        assertThat(get.at("/responses/404").isMissingNode()).isFalse();
        JsonNode list = document.at("/paths/~1api~1books/get");
        assertThat(list.at("/parameters/0/name").asText()).isEqualTo("limit");
        assertThat(list.at("/parameters/0/schema/maximum").asInt()).isEqualTo(100);
        assertThat(list.at("/parameters/0/schema/default").asInt()).isEqualTo(10);
        JsonNode post = document.at("/paths/~1api~1books/post");
        assertThat(post.at("/security/0").has("BearerAuth")).isTrue();
        assertThat(post.at("/responses").fieldNames()).toIterable().contains("201", "401", "403", "422");
    }
}
