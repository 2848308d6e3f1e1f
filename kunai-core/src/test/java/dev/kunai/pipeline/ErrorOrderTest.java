package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.param.Body;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.testing.TestClient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A 422 lists its errors in the order the inputs are declared, as pydantic lists a model's fields: the
 * validator hands Kunai an unordered set, so without sorting the order changed from run to run.
 */
class ErrorOrderTest {

    /** Query inputs: six constrained scalars and a group record of six constrained components. */
    public record Window(
            @Min(1) int g,
            @Min(1) int h,
            @Min(1) int i,
            @Max(0) int j,
            @Max(0) int k,
            @Max(0) int l) {}

    /** A JSON body whose components have aliases; the getter's constraint spans two of them. */
    public record Span(
            @JsonProperty("first_day") @Min(1) int firstDay,
            @JsonProperty("last_day") Optional<@Max(31) Integer> lastDay) {

        @AssertTrue(message = "first_day must not be after last_day")
        public boolean isOrdered() {
            return lastDay.map(last -> firstDay <= last).orElse(true);
        }
    }

    @Controller("order")
    public static class OrderController {
        @Get("scalars")
        public String scalars(
                @Query @Min(1) int f,
                @Query @Min(1) int e,
                @Query @Min(1) int d,
                @Query @Max(0) int c,
                @Query @Max(0) int b,
                @Query @Max(0) int a) {
            return "ok";
        }

        @Post("span")
        public String span(@Body Span span) {
            return "ok";
        }

        @Get("group")
        public String group(@Query Window window) {
            return "ok";
        }
    }

    private static final TestClient CLIENT = TestClient.of(Dispatcher.builder()
            .mount(KunaiApi.builder()
                    .prefix("/api")
                    .controllers(OrderController.class)
                    .build())
            .build());

    @Test
    void scalarParametersErrInDeclarationOrder() {
        assertThat(locs("/api/order/scalars?f=0&e=0&d=0&c=1&b=1&a=1")).containsExactly("f", "e", "d", "c", "b", "a");
    }

    @Test
    void groupRecordComponentsErrInDeclarationOrder() {
        assertThat(locs("/api/order/group?g=0&h=0&i=0&j=1&k=1&l=1")).containsExactly("g", "h", "i", "j", "k", "l");
    }

    @Test
    void aConstraintErrorNamesTheComponentAsTheClientWroteIt() {
        var response = CLIENT.post("/api/order/span", "{\"first_day\": 0, \"last_day\": 32}");
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.json().get("detail").findValues("loc").stream()
                        .map(JsonNode::toString)
                        .toList())
                .containsExactly("[\"body\",\"span\",\"first_day\"]", "[\"body\",\"span\",\"last_day\"]");
        var ordered = CLIENT.post("/api/order/span", "{\"first_day\": 9, \"last_day\": 2}");
        assertThat(ordered.status()).as(ordered.text()).isEqualTo(422);
        assertThat(ordered.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"span\",\"ordered\"]");
    }

    /** The second element of each error's {@code loc} ({@code ["query", name]}), in the order of the 422. */
    private static List<String> locs(String path) {
        var response = CLIENT.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        JsonNode detail = response.json().get("detail");
        assertThat(detail.isArray()).as(response.text()).isTrue();
        return detail.findValues("loc").stream().map(loc -> loc.get(1).asText()).toList();
    }
}
