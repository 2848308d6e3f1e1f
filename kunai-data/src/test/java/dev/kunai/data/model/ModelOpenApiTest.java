package dev.kunai.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.data.model.Schemas.AuthorSchema;
import dev.kunai.data.model.Schemas.BookSchema;
import dev.kunai.data.model.Schemas.TagSchema;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated operations are documented like hand-written ones (examples/library validates such a document
 * against the OpenAPI 3.1 schema), and misfits fail start-up.
 */
class ModelOpenApiTest {

    private static final KunaiApi API = KunaiApi.builder()
            .controllers(
                    Controllers.AuthorController.class,
                    Controllers.BookController.class,
                    Controllers.TagController.class,
                    Controllers.PeopleController.class)
            .build();

    @Test
    void everyGeneratedOperationIsDocumented() {
        OpenApiDocument document = OpenApi.generate(API, OperationModels.describe(API));
        assertThat(operations(document.at("/paths")))
                .containsExactly(
                        "/api/authors/ get 200 422",
                        "/api/authors/ post 201 400 409 413 415 422",
                        "/api/authors/{id} delete 204 404 409 422",
                        "/api/authors/{id} get 200 404 422",
                        "/api/authors/{id} patch 200 400 404 409 413 415 422",
                        "/api/authors/{id} put 200 400 404 409 413 415 422",
                        "/api/books/ get 200 422",
                        "/api/books/ post 201 400 409 413 415 422",
                        "/api/books/{id} delete 204 404 409 422",
                        "/api/books/{id} get 200 404 422",
                        "/api/books/{id} patch 200 400 404 409 413 415 422",
                        "/api/books/{id} put 200 400 404 409 413 415 422",
                        "/api/people/ get 200 422",
                        "/api/people/{id} get 200 404 422",
                        "/api/tags/ get 200 422",
                        "/api/tags/ post 201 400 409 413 415 422",
                        "/api/tags/{name} get 200 404 422");
        JsonNode person = document.at("/paths/~1api~1people~1{id}/get");
        assertThat(person.get("summary").asText()).isEqualTo("Get a person");
        assertThat(person.get("operationId").asText()).isEqualTo("getPerson");
        assertThat(person.get("description").asText()).isEqualTo("One author, by id.");
        assertThat(document.at("/paths/~1api~1authors~1{id}/get/summary").asText())
                .isEqualTo("Retrieve");
        JsonNode patch = document.at("/paths/~1api~1authors~1{id}/patch");
        assertThat(patch.at("/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/PatchDict_AuthorIn_");
        assertThat(patch.at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/AuthorSchema");
        assertThat(patch.get("operationId").asText()).isEqualTo("AuthorController_partialUpdate");
        assertThat(patch.at("/parameters/0/schema/type").asText()).isEqualTo("integer");
        JsonNode byName = document.at("/paths/~1api~1tags~1{name}/get/parameters/0");
        assertThat(byName.get("name").asText()).isEqualTo("name");
        assertThat(byName.get("in").asText()).isEqualTo("path");
        assertThat(byName.at("/schema/type").asText()).isEqualTo("string");
        assertThat(document.at("/paths/~1api~1books~1/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Page_BookSchema_");
        assertThat(document.at("/components/schemas/PatchDict_AuthorIn_").has("required"))
                .isFalse();
        assertThat(document.at("/components/schemas/AuthorIn/required").toString())
                .isEqualTo("[\"name\"]");
        assertThat(document.at("/components/schemas/BookIn/properties/tags/items/type")
                        .asText())
                .isEqualTo("integer");
    }

    private static List<String> operations(JsonNode paths) {
        List<String> out = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    StringBuilder line = new StringBuilder(path.getKey() + " " + operation.getKey());
                    operation
                            .getValue()
                            .get("responses")
                            .fieldNames()
                            .forEachRemaining(s -> line.append(' ').append(s));
                    out.add(line.toString());
                }));
        out.sort(String::compareTo);
        return out;
    }

    /** A payload component the entity does not have. */
    public record Stray(String name, String nickname) {}

    /** Writes Stray into Author. */
    public static class StrayController extends ModelController<Author, Long>
            implements CreateModel<Long, AuthorSchema, Stray> {
        StrayController(Db db) {
            super(new ModelService<>(db, Author.class));
        }
    }

    /** Answers authors with a schema of books. */
    public static class WrongSchemaController extends ModelController<Author, Long>
            implements RetrieveModel<Long, BookSchema> {
        WrongSchemaController(Db db) {
            super(new ModelService<>(db, Author.class));
        }
    }

    /** Looks authors up by a String id. */
    public static class WrongIdController extends ModelController<Author, String>
            implements RetrieveModel<String, AuthorSchema> {
        WrongIdController(Db db) {
            super(new ModelService<>(db, Author.class));
        }
    }

    /** Looks tags up by name but leaves the path variable {@code {id}}. */
    public static class UnnamedLookupController extends ModelController<Tag, String>
            implements RetrieveModel<String, TagSchema> {
        UnnamedLookupController(Db db) {
            super(new ModelService<>(db, Tag.class, "name"));
        }
    }

    /** Names the path variable after another field than the lookup field. */
    @dev.kunai.route.PathVariableName(variable = "id", name = "slug")
    public static class MisnamedLookupController extends ModelController<Tag, String>
            implements RetrieveModel<String, TagSchema> {
        MisnamedLookupController(Db db) {
            super(new ModelService<>(db, Tag.class, "name"));
        }
    }

    @Test
    void controllersThatDoNotFitTheEntityFailAtStartUpNamingTheProblem() {
        try (Db db = Db.open(Database.of("h2:mem:model_misfits")
                .entities(Author.class, Book.class, Tag.class)
                .schemaFromModels())) {
            assertThatThrownBy(() -> new StrayController(db))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessageContaining("Stray.nickname: Author has no attribute 'nickname'");
            assertThatThrownBy(() -> new WrongSchemaController(db))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessageContaining("BookSchema must be a record annotated @ModelSchema(Author.class)");
            assertThatThrownBy(() -> new WrongIdController(db))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessageContaining("the ID type is String, but Author.id (the lookup field) is Long");
            assertThatThrownBy(() -> new ModelService<>(db, Author.class, "name"))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessageContaining("must be the id or a @Column(unique = true)");
            assertThatThrownBy(() -> new ModelService<>(db, Author.class, "nickname"))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessage("Author has no field 'nickname' to look objects up by");
            assertThatThrownBy(() -> new UnnamedLookupController(db))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessage("UnnamedLookupController: objects are looked up by Tag.name, so the path variable"
                            + " must be named after it: annotate the controller with"
                            + " @PathVariableName(variable = \"id\", name = \"name\")");
            assertThatThrownBy(() -> new MisnamedLookupController(db))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessageContaining("@PathVariableName(variable = \"id\", name = \"slug\") does not fit the"
                            + " lookup field Tag.name");
        }
    }
}
