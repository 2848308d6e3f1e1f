package dev.kunai.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.openapi.OpenApi;
import dev.kunai.operation.OperationModels;
import dev.kunai.param.Form;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One source of enum wire names (Jackson's) for query, path, form and JSON input, errors and OpenAPI. */
class EnumWireNamesTest {

    /** Written through {@code @JsonValue}. */
    public enum Color {
        RED("r"),
        GREEN("g");

        private final String code;

        Color(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** One constant renamed with {@code @JsonProperty}. */
    public enum Size {
        @JsonProperty("s")
        SMALL,
        LARGE
    }

    /** Named by a Jackson enum naming strategy. */
    @EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
    public enum Mode {
        FAST_LANE,
        SLOW
    }

    /** A JSON payload with the three enums. */
    public record Paint(Color color, Size size, Mode mode) {}

    @Controller("/paint")
    public static class PaintController {
        @Get("/{color}")
        public Paint get(Color color, @Default("LARGE") Size size, List<Mode> mode) {
            return new Paint(color, size, mode.isEmpty() ? Mode.SLOW : mode.get(0));
        }

        @Post("/json")
        public Paint json(Paint paint) {
            return paint;
        }

        @Post("/form")
        public Paint form(@Form Color color, @Form Size size, @Form Mode mode) {
            return new Paint(color, size, mode);
        }
    }

    static final KunaiApi API =
            KunaiApi.builder().prefix("/api").controllers(PaintController.class).build();
    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());

    @Test
    void wireNamesComeFromJackson() {
        assertThat(TextConverters.EnumNames.wireNames(Color.class)).containsExactly("r", "g");
        assertThat(TextConverters.EnumNames.wireNames(Size.class)).containsExactly("s", "LARGE");
        assertThat(TextConverters.EnumNames.wireNames(Mode.class)).containsExactly("fastLane", "slow");
    }

    @Test
    void pathQueryFormAndJsonAcceptWhatResponsesWrite() {
        String written = "{\"color\":\"r\",\"size\":\"s\",\"mode\":\"fastLane\"}";
        assertThat(CLIENT.get("/api/paint/r?size=s&mode=fastLane").text()).isEqualTo(written);
        assertThat(CLIENT.send(TestRequest.of("POST", "/api/paint/json")
                                .body(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json"))
                        .text())
                .isEqualTo(written);
        assertThat(CLIENT.send(TestRequest.of("POST", "/api/paint/form")
                                .form(Map.of("color", "r", "size", "s", "mode", "fastLane")))
                        .text())
                .isEqualTo(written);
        assertThat(CLIENT.get("/api/paint/g").text())
                .isEqualTo("{\"color\":\"g\",\"size\":\"LARGE\",\"mode\":\"slow\"}");
    }

    @Test
    void javaNamesAreRefusedAndErrorsListTheWireNames() {
        TestResponse response = CLIENT.get("/api/paint/RED?size=SMALL&mode=FAST_LANE");
        assertThat(response.status()).isEqualTo(422);
        JsonNode detail = response.json().get("detail");
        assertThat(detail.get(0).get("msg").asText()).isEqualTo("Input should be 'r' or 'g'");
        assertThat(detail.get(1).get("msg").asText()).isEqualTo("Input should be 's' or 'LARGE'");
        assertThat(detail.get(2).get("msg").asText()).isEqualTo("Input should be 'fastLane' or 'slow'");
        TestResponse json = CLIENT.post("/api/paint/json", Map.of("color", "RED", "size", "s", "mode", "slow"));
        assertThat(json.status()).isEqualTo(422);
        assertThat(json.json().at("/detail/0/msg").asText()).isEqualTo("Input should be 'r' or 'g'");
    }

    @Test
    void openApiListsTheWireNames() {
        JsonNode doc = OpenApi.generate(API, OperationModels.describe(API)).tree();
        assertThat(doc.at("/components/schemas/Color/enum").toString()).isEqualTo("[\"r\",\"g\"]");
        assertThat(doc.at("/components/schemas/Size/enum").toString()).isEqualTo("[\"s\",\"LARGE\"]");
        assertThat(doc.at("/components/schemas/Mode/enum").toString()).isEqualTo("[\"fastLane\",\"slow\"]");
    }
}
