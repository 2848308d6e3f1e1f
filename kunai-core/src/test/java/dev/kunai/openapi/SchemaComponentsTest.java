package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** components/schemas of the fixture API: required rule, descriptions, constraints, formats, generics, names. */
class SchemaComponentsTest {

    static OpenApiDocument document;

    @BeforeAll
    static void generate() {
        document = OpenApi.generate(FixtureApi.api(), FixtureApi.operations());
    }

    static JsonNode schema(String name) {
        JsonNode schema = document.at("/components/schemas/" + name.replace("/", "~1"));
        assertThat(schema.isMissingNode()).as("component %s exists", name).isFalse();
        return schema;
    }

    @Test
    void everyRecordIsOneComponentWithDeclarationOrderProperties() {
        assertThat(OpenApiDocumentTest.fieldNames(document.at("/components/schemas")))
                .containsExactly(
                        "BookCreateSchema",
                        "BookSchema",
                        "BookTagSchema",
                        "Category",
                        "Fixtures.HTTPError",
                        "Genre",
                        "HTTPError",
                        "Library.Book",
                        "Page_BookSchema_",
                        "Page_BookTagSchema_",
                        "Pair_Book_Book_",
                        "Shop.Book",
                        "ValidationError",
                        "ValidationErrorDetail");
        assertThat(OpenApiDocumentTest.fieldNames(schema("BookSchema").path("properties")))
                .containsExactly(
                        "id",
                        "title",
                        "tags",
                        "genre",
                        "subtitle",
                        "published",
                        "isbn",
                        "createdAt",
                        "ratings",
                        "keywords",
                        "price",
                        "pages");
    }

    @Test
    void requiredUnlessOptionalNullableOrDefault() {
        assertThat(names(schema("BookSchema").path("required")))
                .containsExactly(
                        "id", "title", "tags", "genre", "isbn", "createdAt", "ratings", "keywords", "price", "pages");
        // subtitle is Optional, published is @Nullable: both may be null
        assertThat(schema("BookSchema").at("/properties/subtitle/type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(schema("BookSchema").at("/properties/published/type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        // tags has @Default("[]"), code is @Nullable, genre has @Default
        assertThat(names(schema("BookCreateSchema").path("required"))).containsExactly("title", "stars", "genres");
        assertThat(schema("BookCreateSchema").at("/properties/tags/default").toString())
                .isEqualTo("[]");
        assertThat(schema("BookCreateSchema").at("/properties/genre/default").asText())
                .isEqualTo("FICTION");
        assertThat(schema("BookCreateSchema").at("/properties/genre/$ref").asText())
                .isEqualTo("#/components/schemas/Genre");
        // a non-nullable reference stays a plain $ref; an Optional one allows null
        assertThat(schema("Category").at("/properties/parent/anyOf").toString())
                .isEqualTo("[{\"type\":\"null\"},{\"$ref\":\"#/components/schemas/Category\"}]");
        assertThat(names(schema("Category").path("required"))).containsExactly("name", "children");
    }

    @Test
    void descriptionsFromComponentsAndTypes() {
        assertThat(schema("BookSchema").at("/properties/title/description").asText())
                .isEqualTo("Book title");
        assertThat(schema("BookCreateSchema").at("/properties/tags/description").asText())
                .isEqualTo("List of tag names");
        assertThat(schema("BookTagSchema").at("/properties/name/description").asText())
                .isEqualTo("Tag name");
        assertThat(schema("BookTagSchema").path("description").asText()).isEqualTo("A tag attached to books");
    }

    @Test
    void constraintsAndExamplesFromAnnotations() {
        JsonNode create = schema("BookCreateSchema").path("properties");
        assertThat(create.at("/title/maxLength").asInt()).isEqualTo(255);
        assertThat(create.at("/stars/minimum").asInt()).isEqualTo(1);
        assertThat(create.at("/stars/maximum").asInt()).isEqualTo(5);
        assertThat(create.at("/stars/examples").toString()).isEqualTo("[3]");
        assertThat(create.at("/code/pattern").asText()).isEqualTo("^[A-Z]{3}$");
        assertThat(create.at("/genres/minItems").asInt()).isEqualTo(1);
        assertThat(create.at("/genres/maxItems").asInt()).isEqualTo(3);
    }

    @Test
    void formatsEnumsCollectionsAndMaps() {
        JsonNode book = schema("BookSchema").path("properties");
        assertThat(book.at("/id/format").asText()).isEqualTo("int64");
        assertThat(book.at("/pages/format").asText()).isEqualTo("int32");
        assertThat(book.at("/price/format").asText()).isEqualTo("double");
        assertThat(book.at("/isbn/format").asText()).isEqualTo("uuid");
        assertThat(book.at("/createdAt/format").asText()).isEqualTo("date-time");
        assertThat(book.at("/published/format").asText()).isEqualTo("date");
        assertThat(book.at("/keywords/type").asText()).isEqualTo("array");
        assertThat(book.at("/ratings/additionalProperties/format").asText()).isEqualTo("int32");
        assertThat(book.at("/tags/items/$ref").asText()).isEqualTo("#/components/schemas/BookTagSchema");
        assertThat(schema("Genre").path("enum").toString()).isEqualTo("[\"FICTION\",\"SCIENCE\",\"HISTORY\"]");
    }

    @Test
    void genericRecordsGetOneComponentPerInstantiation() {
        assertThat(schema("Page_BookSchema_").at("/properties/items/items/$ref").asText())
                .isEqualTo("#/components/schemas/BookSchema");
        assertThat(schema("Page_BookTagSchema_")
                        .at("/properties/items/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/BookTagSchema");
        assertThat(schema("Page_BookSchema_").at("/properties/count/format").asText())
                .isEqualTo("int64");
    }

    @Test
    void recursiveTypesReferToThemselves() {
        assertThat(schema("Category").at("/properties/children/items/$ref").asText())
                .isEqualTo("#/components/schemas/Category");
    }

    @Test
    void sameSimpleNameInDifferentClassesGetsQualifiedNames() {
        assertThat(schema("Library.Book").at("/properties/shelf/type").asText()).isEqualTo("string");
        assertThat(schema("Shop.Book").at("/properties/price/type").asText()).isEqualTo("number");
        assertThat(schema("Pair_Book_Book_").at("/properties/first/$ref").asText())
                .isEqualTo("#/components/schemas/Library.Book");
        assertThat(schema("Pair_Book_Book_").at("/properties/second/$ref").asText())
                .isEqualTo("#/components/schemas/Shop.Book");
        // a user type named like a Kunai error schema never replaces it
        assertThat(schema("Fixtures.HTTPError").at("/properties/code/type").asText())
                .isEqualTo("integer");
        assertThat(schema("HTTPError").at("/properties/detail/type").asText()).isEqualTo("string");
    }

    static List<String> names(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
