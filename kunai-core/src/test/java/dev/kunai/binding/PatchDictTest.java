package dev.kunai.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModels;
import dev.kunai.param.Body;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Patch;
import dev.kunai.schema.Nullable;
import dev.kunai.schema.PatchDict;
import dev.kunai.testfixtures.OpenApi31Schema;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PatchDict bodies: only sent components, null only where the record accepts it, errors like a full body. */
class PatchDictTest {

    /** The full body a PATCH of an item patches. */
    public record ItemIn(
            @Size(max = 5) String name, @Nullable String note, Optional<Integer> rank, List<Long> tags) {}

    /** Echoes what a patch contains: the sent names, each value or null. */
    @Controller
    public static class ItemController {
        /** Echoes the patch. */
        @Patch("/items")
        public Map<String, Object> patch(@Body PatchDict<ItemIn> patch) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String field : patch.fields()) {
                out.put(field, patch.get(field).orElse("<null>"));
            }
            return out;
        }
    }

    private static final KunaiApi API =
            KunaiApi.builder().prefix("").controllers(ItemController.class).build();

    private static TestClient client() {
        return TestClient.of(Dispatcher.builder().mount(API).build());
    }

    @Test
    void onlyTheSentComponentsArePresentAndNullMeansSetToNull() {
        TestClient client = client();
        assertThat(client.patch("/items", "{}").text()).isEqualTo("{}");
        assertThat(client.patch("/items", "{\"note\": null, \"name\": \"ab\", \"other\": 1}")
                        .text())
                .isEqualTo("{\"name\":\"ab\",\"note\":\"<null>\"}");
        assertThat(client.patch("/items", "{\"rank\": null, \"tags\": [1, 2]}").text())
                .isEqualTo("{\"rank\":\"<null>\",\"tags\":[1,2]}");
        assertThat(client.patch("/items", "{\"rank\": 3}").text()).isEqualTo("{\"rank\":3}");
    }

    @Test
    void sentValuesAreCheckedLikeAFullBodyAndEveryErrorIsReported() {
        TestResponse response = client().patch("/items", "{\"name\": null, \"tags\": [\"x\"], \"note\": 5}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").findValuesAsText("type"))
                .containsExactly("string_type", "string_type", "int_type");
        assertThat(response.json().get("detail").get(2).get("loc").toString())
                .isEqualTo("[\"body\",\"patch\",\"tags\",0]");
        TestResponse tooLong = client().patch("/items", "{\"name\": \"abcdef\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/detail/0/type").asText()).isEqualTo("string_too_long");
        assertThat(tooLong.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"patch\",\"name\"]");
        assertThat(client().patch("/items", "[1]").json().at("/detail/0/type").asText())
                .isEqualTo("model_type");
    }

    @Test
    void theDocumentShowsTheRecordWithNothingRequired() throws Exception {
        OpenApiDocument document = OpenApi.generate(API, OperationModels.describe(API));
        assertThat(OpenApi31Schema.problems(document.toJson(false))).isEmpty();
        JsonNode body = document.at("/paths/~1items/patch/requestBody/content/application~1json/schema");
        assertThat(body.get("$ref").asText()).isEqualTo("#/components/schemas/PatchDict_ItemIn_");
        JsonNode schema = document.at("/components/schemas/PatchDict_ItemIn_");
        assertThat(schema.has("required")).isFalse();
        assertThat(schema.get("properties").size()).isEqualTo(4);
        assertThat(schema.at("/properties/name/maxLength").asInt()).isEqualTo(5);
        assertThat(schema.at("/properties/note/type").toString()).isEqualTo("[\"string\",\"null\"]");
    }

    @Test
    void ofChecksTheComponentNames() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("note", null);
        values.put("name", "n");
        PatchDict<ItemIn> patch = PatchDict.of(ItemIn.class, values);
        assertThat(patch.fields()).containsExactly("name", "note");
        assertThat(patch.get("note")).isEmpty();
        assertThatThrownBy(() -> patch.get("rank")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatchDict.of(ItemIn.class, Map.of("nope", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}
