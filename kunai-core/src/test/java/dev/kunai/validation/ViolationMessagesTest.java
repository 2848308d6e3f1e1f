package dev.kunai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.testing.TestClient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constraint messages read like Kunai's type errors (pydantic's wording), in bodies and parameters alike. */
class ViolationMessagesTest {

    public record Item(
            @Size(max = 3) String name,
            @Size(min = 1) String code,
            @NotBlank String label,
            @Size(max = 1) List<String> tags,
            @Pattern(regexp = "[a-z]+") String slug,
            @Email String email,
            @Positive int count,
            @Size(max = 2, message = "two at most, please") String custom) {}

    @Controller
    public static class ItemController {
        @Post("items")
        public Item create(Item item) {
            return item;
        }

        @Get("pages")
        public int page(@Min(1) @Max(100) int page) {
            return page;
        }
    }

    private static final TestClient CLIENT = TestClient.forControllers(GuiceContainer.create(), ItemController.class);

    @Test
    void bodyConstraintsSpeakPydantic() {
        var response = CLIENT.post(
                "/items",
                Map.of(
                        "name", "four",
                        "code", "",
                        "label", " ",
                        "tags", List.of("a", "b"),
                        "slug", "A1",
                        "email", "nope",
                        "count", 0,
                        "custom", "xyz"));
        assertThat(response.status()).isEqualTo(422);
        var messages = response.json().get("detail").findValuesAsText("msg");
        assertThat(messages)
                .containsExactlyInAnyOrder(
                        "String should have at most 3 characters",
                        "String should have at least 1 character",
                        "String should not be blank",
                        "Input should have at most 1 item",
                        "String should match pattern '[a-z]+'",
                        "Value is not a valid email address",
                        "Input should be greater than 0",
                        "two at most, please");
    }

    @Test
    void parameterConstraintsToo() {
        assertThat(CLIENT.get("/pages?page=0").json().at("/detail/0/msg").asText())
                .isEqualTo("Input should be greater than or equal to 1");
        assertThat(CLIENT.get("/pages?page=101").json().at("/detail/0/msg").asText())
                .isEqualTo("Input should be less than or equal to 100");
    }
}
