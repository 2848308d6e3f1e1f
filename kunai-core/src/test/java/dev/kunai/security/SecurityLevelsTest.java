package dev.kunai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.OperationModels;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Security resolved API → controller → operation, most specific wins, with {@code @Public} as the opt-out. */
class SecurityLevelsTest {

    static final Auth TOKEN = Auth.bearer(t -> t.equals("t") ? Optional.of("token-user") : Optional.empty());
    static final Auth KEY = Auth.apiKeyHeader("X-Key", k -> k.equals("k") ? Optional.of("key-user") : Optional.empty());

    @Controller("open")
    @Public
    public static class OpenController {
        @Get("a")
        public Map<String, String> a() {
            return Map.of("a", "open");
        }

        @Secured("ApiKeyAuth")
        @Get("b")
        public Map<String, String> b() {
            return Map.of("b", "key only");
        }
    }

    @Controller("either")
    @Secured({"ApiKeyAuth", "BearerAuth"})
    public static class EitherController {
        @Get("c")
        public Map<String, String> c() {
            return Map.of("c", "either");
        }
    }

    @Controller("default")
    public static class DefaultController {
        @Get("d")
        public Map<String, String> d() {
            return Map.of("d", "api default");
        }
    }

    static final KunaiApi API = KunaiApi.builder()
            .prefix("/api")
            .controllers(OpenController.class, EitherController.class, DefaultController.class)
            .auth(TOKEN)
            .authSchemes(KEY)
            .build();

    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());

    private static int status(String path, String header, String value) {
        TestRequest request = TestRequest.of("GET", path);
        return CLIENT.send(header == null ? request : request.header(header, value))
                .status();
    }

    @Test
    void theMostSpecificDeclarationWins() {
        assertThat(status("/api/open/a", null, null)).isEqualTo(200);
        assertThat(status("/api/open/b", null, null)).isEqualTo(401);
        assertThat(status("/api/open/b", "Authorization", "Bearer t")).isEqualTo(401);
        assertThat(status("/api/open/b", "X-Key", "k")).isEqualTo(200);
        assertThat(status("/api/either/c", "X-Key", "k")).isEqualTo(200);
        assertThat(status("/api/either/c", "Authorization", "Bearer t")).isEqualTo(200);
        assertThat(status("/api/either/c", null, null)).isEqualTo(401);
        assertThat(status("/api/default/d", "X-Key", "k")).isEqualTo(401);
        assertThat(status("/api/default/d", "Authorization", "Bearer t")).isEqualTo(200);
    }

    @Test
    void aFailedAlternativeListSendsTheFirstChallenge() {
        var response = CLIENT.get("/api/either/c");
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
        assertThat(response.text()).isEqualTo("{\"detail\":\"Unauthorized\"}");
    }

    @Test
    void theModelCarriesTheResolvedSecurityAndOpenApiRendersIt() {
        List<OperationModel> models = OperationModels.describe(API);
        OperationModel c = models.stream()
                .filter(m -> m.path().equals("/either/c"))
                .findFirst()
                .orElseThrow();
        assertThat(c.security()).containsExactly(KEY, TOKEN);
        assertThat(c.responses()).anyMatch(r -> r.status() == 401);
        OperationModel a = models.stream()
                .filter(m -> m.path().equals("/open/a"))
                .findFirst()
                .orElseThrow();
        assertThat(a.security()).isEmpty();
        assertThat(a.responses()).noneMatch(r -> r.status() == 401);

        String text = TestClient.forApi(API, GuiceContainer.create())
                .get("/api/openapi.json")
                .text();
        assertThat(new OpenAPIV3Parser().readContents(text).getMessages()).isEmpty();
        JsonNode paths = TestClient.forApi(API, GuiceContainer.create())
                .get("/api/openapi.json")
                .json()
                .get("paths");
        assertThat(paths.at("/~1api~1either~1c/get/security").toString())
                .isEqualTo("[{\"ApiKeyAuth\":[]},{\"BearerAuth\":[]}]");
        assertThat(paths.at("/~1api~1open~1a/get").has("security")).isFalse();
        assertThat(paths.at("/~1api~1open~1b/get/responses").has("401")).isTrue();
    }

    @Controller("bad")
    public static class UnknownSchemeController {
        @Secured("Nope")
        @Get("x")
        public Map<String, String> x() {
            return Map.of();
        }
    }

    @Test
    void anUnknownSchemeFailsAtStartUpNamingTheMethod() {
        KunaiApi api = KunaiApi.builder()
                .controllers(UnknownSchemeController.class)
                .auth(TOKEN)
                .build();
        assertThatThrownBy(() -> OperationModels.describe(api))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("UnknownSchemeController.x")
                .hasMessageContaining("'Nope'")
                .hasMessageContaining("BearerAuth");
    }

    @Test
    void buildersRejectNull() {
        assertThatThrownBy(() -> KunaiApi.builder().auth(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> dev.kunai.pipeline.Dispatcher.builder().limits(null))
                .isInstanceOf(NullPointerException.class);
    }
}
