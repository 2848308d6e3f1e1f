package dev.kunai.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.KunaiApi;
import dev.kunai.contributor.Input;
import dev.kunai.http.HttpMethod;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.openapi.OpenApi;
import dev.kunai.operation.Operation;
import dev.kunai.operation.OperationModels;
import dev.kunai.testfixtures.OpenApi31Schema;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import jakarta.validation.constraints.Min;
import java.lang.reflect.AnnotatedElement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A runtime {@link SchemaType} is bound, written and documented wherever an operation names a type. */
class SchemaTypeTest {

    /** Where the {@code @Min(0)} constraint of the "x" property is declared. */
    static final class Constraints {
        @Min(0)
        int x;
    }

    /** {@code {"x": int >= 0, "label": string}}, both required, nothing else allowed; bound to a map. */
    record Point(String name) implements SchemaType {
        @Override
        public NodeBinder binder() {
            return (node, loc, errors) -> bind(node, loc, errors);
        }

        @Override
        public ObjectNode definition(SchemaWriter schemas) {
            ObjectNode out = JsonNodeFactory.instance.objectNode().put("type", "object");
            out.putObject("properties")
                    .<ObjectNode>set("x", schemas.schema(int.class, field()))
                    .set("label", schemas.schema(String.class, Point.class));
            out.putArray("required").add("x").add("label");
            return out.put("additionalProperties", false);
        }

        private static Object bind(JsonNode node, Loc loc, Errors errors) {
            int before = errors.count();
            if (!node.path("x").isInt() || node.get("x").asInt() < 0) {
                errors.add(loc.field("x"), "greater_than_equal", "Input should be a non-negative integer");
            }
            if (!node.path("label").isTextual()) {
                errors.add(loc.field("label"), "string_type", "Input should be a valid string");
            }
            if (errors.count() > before) {
                return null;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", node.get("x").asInt());
            point.put("label", node.get("label").asText());
            return point;
        }

        private static AnnotatedElement field() {
            try {
                return Constraints.class.getDeclaredField("x");
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static KunaiApi api(SchemaType body, SchemaType result) {
        Operation.Builder post = Operation.builder(HttpMethod.POST, "/points");
        Input<Object> point = post.body("payload", body);
        return KunaiApi.builder()
                .operations(
                        post.status(201).handler(result, in -> in.get(point)).build())
                .build();
    }

    @Test
    void aRuntimeSchemaBindsWritesAndIsAComponent() {
        TestClient client = TestClient.forApi(api(new Point("Point"), new Point("Point")), GuiceContainer.create());
        TestResponse created = client.post("/api/points", "{\"x\": 3, \"label\": \"a\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).isEqualTo("{\"x\":3,\"label\":\"a\"}");
        TestResponse invalid = client.post("/api/points", "{\"x\": -1}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().findValuesAsText("type")).containsExactly("greater_than_equal", "string_type");
        assertThat(invalid.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"payload\",\"x\"]");
        JsonNode document = client.get("/api/openapi.json").json();
        assertThat(document.at("/paths/~1api~1points/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Point");
        assertThat(document.at("/paths/~1api~1points/post/responses/201/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Point");
        assertThat(document.at("/components/schemas/Point/properties/x/minimum").asInt())
                .isEqualTo(0);
        assertThat(OpenApi31Schema.problems(document.toString())).isEmpty();
    }

    /** Another schema that claims the name "Point". */
    record Impostor(String name) implements SchemaType {
        @Override
        public NodeBinder binder() {
            return (node, loc, errors) -> node;
        }

        @Override
        public ObjectNode definition(SchemaWriter schemas) {
            return JsonNodeFactory.instance.objectNode().put("type", "object");
        }
    }

    @Test
    void twoDifferentSchemasOfOneNameAreRefused() {
        KunaiApi api = api(new Point("Point"), new Impostor("Point"));
        assertThatThrownBy(() -> OpenApi.generate(api, OperationModels.describe(api)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OpenAPI: two different schemas are both named Point");
    }
}
