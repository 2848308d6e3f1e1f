package dev.kunai.jwt.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.jwt.JwtKeys;
import dev.kunai.jwt.JwtSettings;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.Token;
import dev.kunai.jwt.controllers.TokenController;
import dev.kunai.jwt.support.People;
import dev.kunai.jwt.support.Person;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Auth;
import dev.kunai.security.Principal;
import dev.kunai.security.Public;
import dev.kunai.security.Secured;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link JwtAuth} plugged in like Kunai's other authenticators: API-wide, on a controller and on one operation by
 * name, next to an API key; the token operations mounted under any prefix; everything in OpenAPI.
 */
class JwtAuthLevelsTest {

    static final People PEOPLE = new People();

    static {
        PEOPLE.add("1", "ann", "ann-password");
    }

    static final JwtTokens TOKENS = JwtTokens.builder(
                    JwtSettings.builder(JwtKeys.hs256("levels-test-secret-that-is-32-bytes-long"))
                            .build(),
                    PEOPLE)
            .build();

    static final Auth KEY = Auth.apiKeyHeader("X-Key", k -> k.equals("k") ? Optional.of("key-user") : Optional.empty());

    /** JWT on the whole controller. */
    @Controller("jwt")
    @Secured(JwtAuth.SCHEME_NAME)
    public static class JwtController {
        @Get("me")
        public Map<String, String> me(RequestContext context) {
            return Map.of(
                    "username",
                    CurrentUser.of(context, Person.class).orElseThrow().username());
        }
    }

    /** The API default (the key), JWT on one operation, and a public one. */
    @Controller("mixed")
    public static class MixedController {
        @Get("key")
        public Map<String, String> key() {
            return Map.of("by", "key");
        }

        @Secured(JwtAuth.SCHEME_NAME)
        @Get("token")
        public Map<String, String> token() {
            return Map.of("by", "token");
        }

        @Public
        @Get("open")
        public Map<String, String> open() {
            return Map.of("by", "nobody");
        }
    }

    /** The token operations at another path: subclass with your own {@code @Controller}. */
    @Controller("auth/jwt")
    public static class MyTokenController extends TokenController {
        @jakarta.inject.Inject
        public MyTokenController(JwtTokens tokens) {
            super(tokens);
        }
    }

    static final KunaiApi API = KunaiApi.builder()
            .prefix("/api")
            .controllers(TokenController.class, JwtController.class, MixedController.class)
            .auth(KEY)
            .authSchemes(JwtAuth.of(TOKENS))
            .build();

    static final KunaiApi ACCOUNTS = KunaiApi.builder()
            .prefix("/accounts/v2")
            .controllers(MyTokenController.class)
            .build();

    static final TestClient CLIENT = TestClient.of(Dispatcher.builder()
            .mount(API)
            .mount(ACCOUNTS)
            .container(GuiceContainer.builder().bind(JwtTokens.class, TOKENS).build())
            .build());

    static String access() {
        return CLIENT.post("/api/token/pair", Map.of("username", "ann", "password", "ann-password"))
                .json()
                .get("access")
                .asText();
    }

    static int status(String path, String header, String value) {
        return CLIENT.send(TestRequest.of("GET", path).header(header, value)).status();
    }

    @Test
    void theMostSpecificLevelDecidesWhichSchemeIsAccepted() {
        String bearer = "Bearer " + access();

        assertThat(status("/api/jwt/me", "Authorization", bearer)).isEqualTo(200);
        assertThat(status("/api/jwt/me", "X-Key", "k")).isEqualTo(401);
        assertThat(status("/api/mixed/key", "X-Key", "k")).isEqualTo(200);
        assertThat(status("/api/mixed/key", "Authorization", bearer)).isEqualTo(401);
        assertThat(status("/api/mixed/token", "Authorization", bearer)).isEqualTo(200);
        assertThat(status("/api/mixed/token", "X-Key", "k")).isEqualTo(401);
        assertThat(CLIENT.get("/api/mixed/open").status()).isEqualTo(200);
        assertThat(CLIENT.send(TestRequest.of("GET", "/api/jwt/me").header("Authorization", bearer))
                        .json()
                        .get("username")
                        .asText())
                .isEqualTo("ann");
    }

    @Test
    void apiWideJwtAuthYieldsTheUserAndStatelessAuthYieldsTheToken() {
        KunaiApi api = KunaiApi.builder()
                .controllers(JwtController.class, PrincipalController.class)
                .auth(JwtAuth.of(TOKENS))
                .build();
        TestClient users = TestClient.forApi(api, GuiceContainer.create());
        TestClient stateless = TestClient.forApi(
                KunaiApi.builder()
                        .controllers(PrincipalController.class)
                        .auth(JwtAuth.stateless(TOKENS))
                        .build(),
                GuiceContainer.create());
        TestRequest request = TestRequest.of("GET", "/api/principal/me").header("Authorization", "Bearer " + access());

        assertThat(users.send(request).json().get("type").asText()).isEqualTo("Person");
        assertThat(stateless.send(request).json().get("type").asText()).isEqualTo("Token");
        assertThat(stateless.send(request).json().get("user_id").asText()).isEqualTo("1");
        assertThat(users.get("/api/principal/me").status()).isEqualTo(401);
    }

    /** Answers the principal's type (and, for a token, its user id). */
    @Controller("principal")
    public static class PrincipalController {
        @Get("me")
        public Map<String, String> principal(RequestContext context) {
            Object value = context.attribute(Principal.class).orElseThrow().value();
            return value instanceof Token token
                    ? Map.of("type", "Token", "user_id", token.userId())
                    : Map.of("type", value.getClass().getSimpleName());
        }
    }

    @Test
    void theTokenOperationsCanBeMountedUnderAnyPrefix() {
        TestResponse pair =
                CLIENT.post("/accounts/v2/auth/jwt/pair", Map.of("username", "ann", "password", "ann-password"));

        assertThat(pair.status()).isEqualTo(200);
        assertThat(status(
                        "/api/jwt/me",
                        "Authorization",
                        "Bearer " + pair.json().get("access").asText()))
                .isEqualTo(200);
        assertThat(CLIENT.post(
                                "/accounts/v2/auth/jwt/verify",
                                Map.of("token", pair.json().get("refresh").asText()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void openApiDocumentsTheSchemeTheOperationsTheirSchemasAndThe401s() {
        String text = CLIENT.get("/api/openapi.json").text();
        assertThat(new OpenAPIV3Parser().readContents(text).getMessages()).isEmpty();
        JsonNode doc = CLIENT.get("/api/openapi.json").json();

        assertThat(doc.at("/components/securitySchemes/JWTAuth").toString())
                .isEqualTo("{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"}");
        assertThat(doc.at("/paths/~1api~1jwt~1me/get/security").toString()).isEqualTo("[{\"JWTAuth\":[]}]");
        assertThat(doc.at("/paths/~1api~1mixed~1token/get/security").toString()).isEqualTo("[{\"JWTAuth\":[]}]");
        JsonNode pair = doc.at("/paths/~1api~1token~1pair/post");
        assertThat(pair.get("operationId").asText()).isEqualTo("token_obtain_pair");
        assertThat(pair.has("security")).isFalse();
        assertThat(pair.at("/responses/401").isMissingNode()).isFalse();
        assertThat(properties(doc, pair.at("/requestBody/content/application~1json/schema")))
                .containsExactlyInAnyOrder("username", "password");
        assertThat(properties(doc, pair.at("/responses/200/content/application~1json/schema")))
                .containsExactlyInAnyOrder("username", "refresh", "access");
        JsonNode refresh = doc.at("/paths/~1api~1token~1refresh/post");
        assertThat(refresh.get("operationId").asText()).isEqualTo("token_refresh");
        assertThat(properties(doc, refresh.at("/responses/200/content/application~1json/schema")))
                .containsExactlyInAnyOrder("refresh", "access");
        assertThat(doc.at("/paths/~1api~1token~1verify/post/operationId").asText())
                .isEqualTo("token_verify");
    }

    @Test
    void aSecondJwtSchemeCanBeRegisteredUnderAnotherName() {
        JwtAuth admin = JwtAuth.of(TOKENS).named("AdminJWT");
        TestClient client = TestClient.forApi(
                KunaiApi.builder()
                        .controllers(PrincipalController.class)
                        .auth(admin)
                        .build(),
                GuiceContainer.create());
        TestRequest request = TestRequest.of("GET", "/api/principal/me").header("Authorization", "Bearer " + access());

        assertThat(admin.schemeName()).isEqualTo("AdminJWT");
        assertThat(admin.scheme()).containsEntry("bearerFormat", "JWT");
        assertThat(client.send(request).json().get("type").asText()).isEqualTo("Person");
        assertThat(client.get("/api/openapi.json")
                        .json()
                        .at("/components/securitySchemes/AdminJWT/bearerFormat")
                        .asText())
                .isEqualTo("JWT");
    }

    @Test
    void theBlacklistOperationWithoutABlacklistStopsStartUp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(dev.kunai.jwt.controllers.TokenBlacklistController.class)
                                .build())
                        .container(GuiceContainer.builder()
                                .bind(JwtTokens.class, TOKENS)
                                .build())
                        .build())
                .hasStackTraceContaining("TokenBlacklistController needs JwtTokens built with a blacklist");
    }

    private static java.util.List<String> properties(JsonNode doc, JsonNode schema) {
        JsonNode resolved =
                schema.has("$ref") ? doc.at(schema.get("$ref").asText().substring(1)) : schema;
        java.util.List<String> names = new java.util.ArrayList<>();
        resolved.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
