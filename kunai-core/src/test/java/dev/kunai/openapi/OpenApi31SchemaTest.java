package dev.kunai.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.testfixtures.OpenApi31Schema;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validity check the OpenAPI tests rely on catches what swagger-parser misses: each mistake injected into
 * the fixture API's valid document is reported by the OpenAPI 3.1 JSON Schema.
 */
class OpenApi31SchemaTest {

    private static ObjectNode valid;

    @BeforeAll
    static void generate() {
        valid = (ObjectNode)
                OpenApi.generate(FixtureApi.api(), FixtureApi.operations()).tree();
    }

    private static String broken(Consumer<ObjectNode> mistake) {
        ObjectNode copy = valid.deepCopy();
        mistake.accept(copy);
        return copy.toString();
    }

    private static ObjectNode title(ObjectNode document) {
        return (ObjectNode) document.at("/components/schemas/BookSchema/properties/title");
    }

    @Test
    void theGeneratedDocumentHasNoProblem() {
        assertThat(title(valid).path("type").asText()).isEqualTo("string");
        assertThat(OpenApi31Schema.problems(valid.toString())).isEmpty();
    }

    @Test
    void anUnknownTypeIsAnError() {
        String json = broken(document -> title(document).put("type", "strnig"));
        assertThat(OpenApi31Schema.schemaErrors(json))
                .anySatisfy(e -> assertThat(e).contains("/components/schemas/BookSchema/properties/title/type"));
    }

    @Test
    void aNonNumericMaxLengthIsAnError() {
        String json = broken(document -> title(document).put("maxLength", "ten"));
        assertThat(OpenApi31Schema.schemaErrors(json))
                .anySatisfy(e -> assertThat(e).contains("/components/schemas/BookSchema/properties/title/maxLength"));
    }

    @Test
    void aResponseCodeThatIsNotAStatusIsAnError() {
        String json = broken(document -> {
            JsonNode responses = document.at("/paths/~1api~1books~1/get/responses");
            ((ObjectNode) responses).putObject("abc").put("description", "not a status code");
        });
        assertThat(OpenApi31Schema.schemaErrors(json))
                .anySatisfy(e -> assertThat(e).contains("/paths/~1api~1books~1/get/responses"));
    }
}
