package dev.kunai.jwt.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.auth.KunaiAuth;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.jwt.JwtSettings;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.KunaiJwt;
import dev.kunai.jwt.auth.JwtAuth;
import dev.kunai.jwt.blacklist.DbTokenBlacklist;
import dev.kunai.jwt.controllers.TokenBlacklistController;
import dev.kunai.jwt.controllers.TokenController;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Public;
import dev.kunai.security.Secured;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The runnable examples of docs/jwt.md. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtGuideTest {

    // tag::controllers[]
    @Controller("books")
    public static class BooksController {
        @Get("mine") // needs the API's default auth: an access token
        public Map<String, String> mine(RequestContext context) {
            User user = CurrentUser.of(context, User.class).orElseThrow();
            return Map.of("owner", user.username());
        }

        @Public // no authentication at all
        @Get("count")
        public Map<String, Integer> count() {
            return Map.of("count", 42);
        }
    }

    @Controller("reports")
    @Secured("JWTAuth") // every operation of this controller: a JWT, even if the API's default is something else
    public static class ReportsController {
        @Get("daily")
        public Map<String, String> daily() {
            return Map.of("report", "daily");
        }
    }
    // end::controllers[]

    private Db db;
    private TestClient client;

    @BeforeAll
    void start() {
        Map<String, String> properties = Map.of(
                "jwt.signing-key", "a-long-random-secret-of-at-least-32-bytes",
                "jwt.access-token-lifetime", "300",
                "jwt.refresh-token-lifetime", "P1D",
                "jwt.rotate-refresh-tokens", "true",
                "jwt.blacklist-after-rotation", "true");
        // tag::setup[]
        Db db = Db.open(KunaiJwt.install(KunaiAuth.install(Database.of("h2:mem:jwt-guide")))
                .applyMigrations(true));
        Users users = new Users(db);
        JwtTokens tokens = JwtTokens.builder(
                        JwtSettings.fromSettings(key -> Optional.ofNullable(properties.get(key))), users)
                .blacklist(new DbTokenBlacklist(db)) // refresh tokens can be blacklisted
                .customClaims(User.class, user -> Map.of("staff", user.isStaff()))
                .build();

        Dispatcher dispatcher = Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(TokenController.class, TokenBlacklistController.class)
                        .controllers(BooksController.class, ReportsController.class)
                        .auth(JwtAuth.of(tokens)) // the API's default: Authorization: Bearer <access token>
                        .build())
                .container(GuiceContainer.builder()
                        .bind(JwtTokens.class, tokens) // the token controllers use it
                        .build())
                .build();
        // end::setup[]
        users.createUser("ann", "ann@example.com", "ann-password");
        this.db = db;
        this.client = TestClient.of(dispatcher);
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void obtainUseRefreshAndBlacklist() {
        // tag::client[]
        TestResponse pair = client.post("/api/token/pair", Map.of("username", "ann", "password", "ann-password"));
        String access = pair.json().get("access").asText(); // {"username": "ann", "refresh": "...", "access": "..."}
        String refresh = pair.json().get("refresh").asText();

        TestResponse mine =
                client.send(TestRequest.of("GET", "/api/books/mine").header("Authorization", "Bearer " + access));
        // 200 {"owner": "ann"}

        TestResponse refreshed = client.post("/api/token/refresh", Map.of("refresh", refresh));
        // 200 {"refresh": "<a new one: rotation is on>", "access": "..."}
        TestResponse again = client.post("/api/token/refresh", Map.of("refresh", refresh));
        // 401 {"detail": "Token is blacklisted"}: a rotated refresh token works once

        TestResponse logout = client.post(
                "/api/token/blacklist",
                Map.of("refresh", refreshed.json().get("refresh").asText()));
        // 200 {}
        // end::client[]

        assertThat(pair.status()).isEqualTo(200);
        assertThat(pair.json().get("username").asText()).isEqualTo("ann");
        assertThat(mine.json().get("owner").asText()).isEqualTo("ann");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("refresh").asText()).isNotEqualTo(refresh);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.text()).isEqualTo("{\"detail\":\"Token is blacklisted\"}");
        assertThat(logout.text()).isEqualTo("{}");
        assertThat(client.post(
                                "/api/token/refresh",
                                Map.of(
                                        "refresh",
                                        refreshed.json().get("refresh").asText()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void everyLevelIsEnforced() {
        String access = client.post("/api/token/pair", Map.of("username", "ann", "password", "ann-password"))
                .json()
                .get("access")
                .asText();

        assertThat(client.get("/api/books/count").status()).isEqualTo(200);
        assertThat(client.get("/api/books/mine").status()).isEqualTo(401);
        assertThat(client.get("/api/reports/daily").status()).isEqualTo(401);
        assertThat(client.send(TestRequest.of("GET", "/api/reports/daily").header("Authorization", "Bearer " + access))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void customClaimsAreInTheToken() {
        String access = client.post("/api/token/pair", Map.of("username", "ann", "password", "ann-password"))
                .json()
                .get("access")
                .asText();

        TestResponse verified = client.post("/api/token/verify", Map.of("token", access));

        assertThat(verified.text()).isEqualTo("{}");
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(access.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(payload).contains("\"staff\":false").contains("\"token_type\":\"access\"");
    }
}
