package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Auth;
import dev.kunai.security.Principal;
import dev.kunai.security.Public;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/security.md. */
class SecurityGuideTest {

    // --- example start
    @Controller("account")
    public static class AccountController {
        @Get("me")
        public Map<String, Object> me(RequestContext context) {
            return Map.of(
                    "user", context.attribute(Principal.class).orElseThrow().value());
        }

        @Public
        @Get("status")
        public Map<String, String> status() {
            return Map.of("status", "up");
        }
    }

    static final Auth TOKENS = Auth.bearer(token -> token.equals("s3cret") ? Optional.of("ann") : Optional.empty());
    static final Auth ADMINS = Auth.basic(
            (user, password) -> user.equals("admin") && password.equals("pw") ? Optional.of(user) : Optional.empty());

    static final KunaiApi API = KunaiApi.builder()
            .title("Accounts")
            .prefix("/api")
            .controllers(AccountController.class)
            .auth(TOKENS) // every operation, except @Public ones
            .docsAuth(ADMINS) // the OpenAPI document and Swagger UI
            .build();
    // --- example end

    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());

    @Test
    void operationsNeedTheTokenAndDocsNeedBasic() {
        var anonymous = CLIENT.get("/api/account/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text()).isEqualTo("{\"detail\":\"Unauthorized\"}");
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
        assertThat(CLIENT.send(TestRequest.of("GET", "/api/account/me").header("Authorization", "Bearer wrong"))
                        .status())
                .isEqualTo(401);
        var me = CLIENT.send(TestRequest.of("GET", "/api/account/me").header("Authorization", "Bearer s3cret"));
        assertThat(me.json().get("user").asText()).isEqualTo("ann");
        assertThat(CLIENT.get("/api/account/status").status()).isEqualTo(200);

        assertThat(CLIENT.get("/api/openapi.json").status()).isEqualTo(401);
        assertThat(CLIENT.get("/api/docs").status()).isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
        var document = CLIENT.send(TestRequest.of("GET", "/api/openapi.json").header("Authorization", basic));
        assertThat(document.status()).isEqualTo(200);
        assertThat(CLIENT.send(TestRequest.of("GET", "/api/docs").header("Authorization", basic))
                        .status())
                .isEqualTo(200);

        var json = document.json();
        assertThat(json.at("/components/securitySchemes/BearerAuth/scheme").asText())
                .isEqualTo("bearer");
        assertThat(json.at("/paths/~1api~1account~1me/get/security/0/BearerAuth")
                        .isArray())
                .isTrue();
        assertThat(json.at("/paths/~1api~1account~1me/get/responses/401").isMissingNode())
                .isFalse();
        assertThat(json.at("/paths/~1api~1account~1status/get/security").isMissingNode())
                .isTrue();
        assertThat(dev.kunai.testfixtures.OpenApi31Schema.problems(document.text()))
                .isEmpty();
    }
}
