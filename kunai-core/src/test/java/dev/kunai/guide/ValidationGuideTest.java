package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpError;
import dev.kunai.http.Status;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import dev.kunai.schema.Nullable;
import dev.kunai.testing.TestClient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/validation-and-errors.md. */
class ValidationGuideTest {

    // --- example start
    public record Address(@Size(min = 2) String city) {}

    public record Signup(
            @Size(max = 20) String name, // required: not Optional, no @Default, not @Nullable
            @Email String email,
            @Min(13) int age,
            Optional<String> referrer, // optional: may be missing or null
            @Nullable String nickname, // optional: null when missing
            @Default("[]") List<String> interests, // optional: [] when missing
            Address address) { // nested records are validated too
    }

    public static class OutOfStock extends RuntimeException {}

    @Controller
    public static class SignupController {
        @Post("signups")
        public Signup signup(Signup signup) {
            return signup;
        }

        @Get("items")
        public List<Integer> items(@Max(100) int limit) {
            if (limit == 42) {
                throw new HttpError(409, "42 is reserved");
            }
            if (limit == 7) {
                throw new OutOfStock();
            }
            return List.of(limit);
        }
    }

    static final KunaiApi API = KunaiApi.builder()
            .prefix("")
            .controllers(SignupController.class)
            .exceptionHandler(OutOfStock.class, (e, context) -> Status.of(410, Map.of("detail", "Sold out")))
            .build();
    // --- example end

    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());

    @Test
    void everyErrorAtOnce() {
        var response = CLIENT.post(
                "/signups",
                Map.of("name", "x".repeat(21), "email", "nope", "age", "12", "address", Map.of("city", "A")));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text())
                .isEqualTo(
                        "{\"detail\":["
                                + "{\"type\":\"string_too_long\",\"loc\":[\"body\",\"signup\",\"name\"],\"msg\":\"String should have at most 20 characters\"},"
                                + "{\"type\":\"value_error.email\",\"loc\":[\"body\",\"signup\",\"email\"],\"msg\":\"Value is not a valid email address\"},"
                                + "{\"type\":\"int_type\",\"loc\":[\"body\",\"signup\",\"age\"],\"msg\":\"Input should be a valid integer\"},"
                                + "{\"type\":\"string_too_short\",\"loc\":[\"body\",\"signup\",\"address\",\"city\"],\"msg\":\"String should have at least 2 characters\"}]}");
        var ok = CLIENT.post(
                "/signups", Map.of("name", "ann", "email", "a@b.c", "age", 30, "address", Map.of("city", "Oslo")));
        assertThat(ok.json().get("interests").toString()).isEqualTo("[]");
        assertThat(ok.json().get("nickname").isNull()).isTrue();
        assertThat(CLIENT.get("/items?limit=101")
                        .json()
                        .get("detail")
                        .get(0)
                        .get("type")
                        .asText())
                .isEqualTo("less_than_equal");
        assertThat(CLIENT.get("/items?limit=x")
                        .json()
                        .get("detail")
                        .get(0)
                        .get("type")
                        .asText())
                .isEqualTo("int_parsing");
        assertThat(CLIENT.get("/items?limit=42").text()).isEqualTo("{\"detail\":\"42 is reserved\"}");
        assertThat(CLIENT.get("/items?limit=7").status()).isEqualTo(410);
    }
}
