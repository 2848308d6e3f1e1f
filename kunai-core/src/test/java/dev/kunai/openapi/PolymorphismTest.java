package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.testfixtures.OpenApi31Schema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jackson-polymorphic types: victools makes two definitions of one subtype; both get stable, distinct names. */
class PolymorphismTest {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Circle.class, name = "circle"),
        @JsonSubTypes.Type(value = Square.class, name = "square")
    })
    sealed interface Shape permits Circle, Square {}

    record Circle(double r) implements Shape {}

    record Square(double side) implements Shape {}

    record Drawing(List<Shape> shapes, Circle main) {}

    @Test
    void subtypesAreDocumentedWithTheirDiscriminatorAndValidate() throws Exception {
        OperationModel operation = new OperationModel(
                "drawing",
                HttpMethod.GET,
                "/drawing",
                "Drawing",
                Optional.empty(),
                List.of(),
                false,
                List.of(),
                Optional.empty(),
                List.of(new ResponseModel(200, Optional.of(Drawing.class), "application/json", "")),
                Fixtures.BookController.class,
                Fixtures.BookController.class.getMethod("ping"));
        OpenApiDocument document = OpenApi.generate(KunaiApi.builder().build(), List.of(operation));
        JsonNode schemas = document.at("/components/schemas");
        assertThat(OpenApiDocumentTest.fieldNames(schemas))
                .containsExactly("Circle", "Circle_2", "Drawing", "Square", "Square_2");
        // "Circle" is the value as it travels (with its "kind"); "Circle_2" holds the record's own properties
        assertThat(schemas.at("/Circle/properties/kind/const").asText()).isEqualTo("circle");
        assertThat(schemas.at("/Circle/$ref").asText()).isEqualTo("#/components/schemas/Circle_2");
        assertThat(schemas.at("/Circle_2/properties/r/type").asText()).isEqualTo("number");
        assertThat(schemas.at("/Drawing/properties/shapes/items/anyOf").findValuesAsText("$ref"))
                .containsExactly("#/components/schemas/Circle", "#/components/schemas/Square");
        assertThat(OpenApi31Schema.problems(document.toJson(false))).isEmpty();
        assertThat(OpenApi.generate(KunaiApi.builder().build(), List.of(operation))
                        .bytes())
                .isEqualTo(document.bytes());
    }
}
