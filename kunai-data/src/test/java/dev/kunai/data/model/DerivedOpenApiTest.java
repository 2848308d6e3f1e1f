package dev.kunai.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.db.Db;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The derived schemas in the OpenAPI document (Ninja Extra's names and shapes, no database needed), and the
 * start-up checks of {@link ModelSchemaConfig}.
 */
class DerivedOpenApiTest {

    private static final Supplier<Db> NO_DB = () -> {
        throw new IllegalStateException("no database while describing");
    };

    private static final KunaiApi API = DerivedApis.api(NO_DB);

    private static JsonNode document() {
        OpenApiDocument document = OpenApi.generate(API, OperationModels.describe(API));
        return document.at("");
    }

    @Test
    void theDerivedSchemasHaveNinjaExtrasNamesAndTheEntitysFacts() {
        JsonNode document = document();
        JsonNode schemas = document.at("/components/schemas");
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .contains(
                        "MemberSchema",
                        "MemberCreateSchema",
                        "MemberPatchSchema",
                        "Page_MemberSchema_",
                        "VolumeSchema",
                        "VolumeCreateSchema",
                        "VolumePatchSchema",
                        "LabelSchema",
                        "LabelCreateSchema")
                .doesNotContain("LabelPatchSchema", "Page_LabelSchema_"); // routes left out, schemas too
        // the response: the id, the working fields minus write-only (password) and excluded (age) ones
        assertThat(properties(schemas.get("MemberSchema")))
                .containsExactly("id", "name", "email", "status", "favourite");
        // create (also PUT): no id, no read-only status; required = not nullable and no default
        assertThat(properties(schemas.get("MemberCreateSchema")))
                .containsExactly("name", "email", "password", "favourite");
        assertThat(schemas.at("/MemberCreateSchema/required").toString()).isEqualTo("[\"name\",\"email\"]");
        assertThat(schemas.at("/MemberCreateSchema/additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(schemas.get("MemberPatchSchema").has("required")).isFalse();
        // the entity's facts: column length, Bean Validation, @Description, nullability
        JsonNode name = schemas.at("/MemberCreateSchema/properties/name");
        assertThat(name.get("minLength").asInt()).isEqualTo(2);
        assertThat(name.get("description").asText()).isEqualTo("The member's full name");
        assertThat(schemas.at("/MemberCreateSchema/properties/email/format").asText())
                .isEqualTo("email");
        assertThat(schemas.at("/MemberCreateSchema/properties/email/maxLength").asInt())
                .isEqualTo(200);
        assertThat(schemas.at("/MemberSchema/properties/favourite/type").toString())
                .isEqualTo("[\"integer\",\"null\"]");
        // relations: to-one by id, to-many as a list of ids
        assertThat(schemas.at("/VolumeSchema/properties/author/type").asText()).isEqualTo("integer");
        assertThat(schemas.at("/VolumeSchema/properties/tags/items/type").asText())
                .isEqualTo("integer");
        assertThat(schemas.at("/VolumeCreateSchema/required").toString()).isEqualTo("[\"title\",\"author\"]");
        // a @Version column is answered, never written
        assertThat(properties(schemas.get("LabelCreateSchema"))).containsExactly("name");
        assertThat(properties(schemas.get("LabelSchema"))).containsExactly("id", "name", "version");
    }

    @Test
    void theOperationsAreDocumentedLikeTheRecordBasedOnes() {
        JsonNode paths = document().get("paths");
        JsonNode create = paths.at("/~1api~1members~1/post");
        assertThat(create.get("operationId").asText()).isEqualTo("Member_create");
        assertThat(create.get("summary").asText()).isEqualTo("Create");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MemberCreateSchema");
        assertThat(create.at("/responses/201/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MemberSchema");
        assertThat(codes(create)).containsExactly("201", "400", "409", "413", "415", "422");
        JsonNode member = paths.get("/api/members/{id}");
        assertThat(member.at("/put/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MemberCreateSchema");
        assertThat(member.at("/patch/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MemberPatchSchema");
        assertThat(member.at("/patch/summary").asText()).isEqualTo("Partial Update");
        assertThat(codes(member.get("delete"))).containsExactly("204", "404", "409", "422");
        assertThat(paths.at("/~1api~1members~1/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Page_MemberSchema_");
        assertThat(paths.at("/~1api~1labels~1{name}/get/parameters/0/name").asText())
                .isEqualTo("name");
        assertThat(paths.has("/api/labels/")).isTrue();
        assertThat(paths.get("/api/labels/").has("get")).isFalse();
    }

    @Test
    void misfitsFailStartUpNamingTheEntityAndField() {
        assertThatThrownBy(() -> members(ModelSchemaConfig.builder().exclude("nickname")))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessage("Member has no attribute 'nickname' (named in ModelSchemaConfig.exclude)");
        assertThatThrownBy(() -> members(ModelSchemaConfig.builder().readOnly("nickname")))
                .hasMessage("Member has no attribute 'nickname' (named in ModelSchemaConfig.readOnly)");
        assertThatThrownBy(() ->
                        members(ModelSchemaConfig.builder().include("name").exclude("age")))
                .hasMessage("Member: ModelSchemaConfig takes include or exclude, not both");
        assertThatThrownBy(() -> members(ModelSchemaConfig.builder().exclude("email")))
                .hasMessage("Member.email is required (not nullable, no default) but the create schema leaves it out"
                        + " (excluded); include it, give the field a default, or make the column nullable");
        assertThatThrownBy(() -> members(ModelSchemaConfig.builder().readOnly("name")))
                .hasMessageStartingWith("Member.name is required (not nullable, no default) but the create schema"
                        + " leaves it out (read-only)");
        // leaving status out is fine: a new member has "active"; the others are nullable
        assertThatCode(() -> members(ModelSchemaConfig.builder().include("name", "email")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        members(ModelSchemaConfig.builder().readOnly("age").writeOnly("age")))
                .hasMessage("Member.age cannot be both read-only and write-only");
        assertThatThrownBy(
                        () -> members(ModelSchemaConfig.builder().exclude("age").writeOnly("age")))
                .hasMessage("Member.age is named in ModelSchemaConfig but is not one of the schema's fields"
                        + " (it is excluded or not included)");
        assertThatThrownBy(() -> members(ModelSchemaConfig.builder().writeOnly("id")))
                .hasMessage("Member.id is the id: it is always answered, so it cannot be write-only");
        assertThatThrownBy(() -> ModelOperations.builder(Member.class, String.class)
                        .path("/m")
                        .service(() -> new ModelService<>(NO_DB.get(), Member.class, "id"))
                        .build())
                .hasMessage("ModelOperations of Member: the lookup type is String, but Member.id is Long");
    }

    private static void members(ModelSchemaConfig.Builder config) {
        ModelOperations.builder(Member.class, Long.class)
                .path("/members")
                .schemas(config.build())
                .service(() -> new ModelService<>(NO_DB.get(), Member.class))
                .build();
    }

    private static List<String> properties(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> codes(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.get("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }
}
