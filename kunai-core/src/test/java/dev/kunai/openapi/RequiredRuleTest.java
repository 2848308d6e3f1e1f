package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpMethod;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.schema.Default;
import dev.kunai.schema.Nullable;
import dev.kunai.testfixtures.OpenApi31Schema;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The required rule, as code ({@link SchemaRules}) and in the document, for every kind of marker. */
class RequiredRuleTest {

    record Marks(
            String plain,
            Optional<String> optional,
            @Nullable String kunaiNullable,
            @org.jspecify.annotations.Nullable String jspecifyNullable,
            @Default("\"x\"") String defaulted,
            int primitive,
            @Default("3") int primitiveWithDefault) {}

    @Test
    void schemaRulesAndTheDocumentAgree() throws Exception {
        List<String> requiredByRule = Arrays.stream(Marks.class.getRecordComponents())
                .filter(SchemaRules::required)
                .map(RecordComponent::getName)
                .toList();
        assertThat(requiredByRule).containsExactly("plain", "primitive");
        OperationModel operation = new OperationModel(
                "marks",
                HttpMethod.GET,
                "/marks",
                "Marks",
                Optional.empty(),
                List.of(),
                false,
                List.of(),
                Optional.empty(),
                List.of(new ResponseModel(200, Optional.of(Marks.class), "application/json", "")),
                Fixtures.BookController.class,
                Fixtures.BookController.class.getMethod("ping"));
        OpenApiDocument generated = OpenApi.generate(KunaiApi.builder().build(), List.of(operation));
        assertThat(OpenApi31Schema.problems(generated.toJson(false))).isEmpty();
        JsonNode marks = generated.at("/components/schemas/Marks");
        assertThat(SchemaComponentsTest.names(marks.path("required"))).isEqualTo(requiredByRule);
        assertThat(marks.at("/properties/jspecifyNullable/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(marks.at("/properties/kunaiNullable/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(marks.at("/properties/defaulted").toString()).isEqualTo("{\"type\":\"string\",\"default\":\"x\"}");
        assertThat(marks.at("/properties/primitiveWithDefault/default").asInt()).isEqualTo(3);
    }
}
