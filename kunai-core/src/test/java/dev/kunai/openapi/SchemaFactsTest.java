package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.schema.ComponentFacts;
import dev.kunai.schema.SchemaFactsProvider;
import dev.kunai.testfixtures.OpenApi31Schema;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts from {@link SchemaFactsProvider} services (kunai-data's entity columns) reach the schemas. */
class SchemaFactsTest {

    /** A ModelSchema-like record whose components mirror entity columns. */
    record TagRow(String name, @Size(max = 40) String slug, String note, String plain) {}

    /** Says what an entity would: name and slug columns are 255/100 long, note is a nullable column. */
    public static final class ColumnFacts implements SchemaFactsProvider {
        @Override
        public Optional<ComponentFacts> facts(RecordComponent component) {
            if (component.getDeclaringRecord() != TagRow.class) {
                return Optional.empty();
            }
            return switch (component.getName()) {
                case "name" -> Optional.of(new ComponentFacts(Optional.of(255), Optional.of(false)));
                case "slug" -> Optional.of(new ComponentFacts(Optional.of(100), Optional.empty()));
                case "note" -> Optional.of(new ComponentFacts(Optional.empty(), Optional.of(true)));
                default -> Optional.empty();
            };
        }
    }

    @Test
    void providersFoundWithServiceLoaderAddMaxLengthAndNullability(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(SchemaFactsProvider.class.getName()), ColumnFacts.class.getName() + "\n");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            OpenApiDocument generated = OpenApi.generate(KunaiApi.builder().build(), operations());
            assertThat(OpenApi31Schema.problems(generated.toJson(false))).isEmpty();
            JsonNode row = generated.at("/components/schemas/TagRow");
            assertThat(row.at("/properties/name/maxLength").asInt()).isEqualTo(255);
            assertThat(row.at("/properties/name/type").asText()).isEqualTo("string");
            // the stricter of @Size and the column wins
            assertThat(row.at("/properties/slug/maxLength").asInt()).isEqualTo(40);
            assertThat(row.at("/properties/note/type").toString()).isEqualTo("[\"string\",\"null\"]");
            assertThat(row.at("/properties/plain").toString()).isEqualTo("{\"type\":\"string\"}");
            // facts change the value's type, not required-ness (that follows the annotations only)
            assertThat(SchemaComponentsTest.names(row.path("required")))
                    .containsExactly("name", "slug", "note", "plain");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void withoutProvidersNothingChanges() {
        JsonNode row = OpenApi.generate(KunaiApi.builder().build(), operations(), List.of())
                .at("/components/schemas/TagRow");
        assertThat(row.at("/properties/name").toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(row.at("/properties/slug/maxLength").asInt()).isEqualTo(40);
        assertThat(row.at("/properties/note").toString()).isEqualTo("{\"type\":\"string\"}");
    }

    private static List<OperationModel> operations() {
        try {
            return List.of(new OperationModel(
                    "rows",
                    HttpMethod.GET,
                    "/rows",
                    "Rows",
                    Optional.empty(),
                    List.of(),
                    false,
                    List.of(),
                    Optional.empty(),
                    List.of(new ResponseModel(200, Optional.of(TagRow.class), "application/json", "")),
                    Fixtures.BookController.class,
                    Fixtures.BookController.class.getMethod("ping")));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
