package dev.kunai.jwt.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.app.RunningApp;
import dev.kunai.app.settings.Settings;
import dev.kunai.auth.KunaiAuth;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.http.RequestContext;
import dev.kunai.jwt.JwtSettings;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.KunaiJwt;
import dev.kunai.jwt.auth.JwtAuth;
import dev.kunai.jwt.blacklist.DbTokenBlacklist;
import dev.kunai.jwt.controllers.TokenBlacklistController;
import dev.kunai.jwt.controllers.TokenController;
import dev.kunai.openapi.OpenApi;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Secured;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runnable example of docs/jwt.md's "In a KunaiApp": {@code JwtAuth.fromContainer()} declared on an API defined
 * before the database opens, its {@code JwtTokens} provided from the application's container at start-up, served
 * in-process (the {@code @KunaiTest(app = ...)} path), over a socket, and described without a database.
 */
class JwtInKunaiAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SETTINGS =
            Map.of("jwt.signing-key", "a-long-random-secret-of-at-least-32-bytes");

    // tag::app[]
    @Controller("notes")
    public static class NotesController {
        @Get("mine") // the API's default: JWTAuth
        public Map<String, String> mine(RequestContext context) {
            return Map.of(
                    "owner", CurrentUser.of(context, User.class).orElseThrow().username());
        }
    }

    public static final KunaiApi API = KunaiApi.builder()
            .title("Notes API")
            .controllers(TokenController.class, TokenBlacklistController.class, NotesController.class)
            .auth(JwtAuth.fromContainer()) // the scheme now; the application's JwtTokens when it starts
            .build();

    public static KunaiApp app(Database database) {
        return Kunai.app()
                .database(KunaiJwt.install(KunaiAuth.install(database)))
                .provide(
                        JwtTokens.class,
                        container -> JwtTokens.builder(
                                        JwtSettings.fromSettings(container.instance(Settings.class)::get),
                                        container.instance(Users.class))
                                .blacklist(container.instance(DbTokenBlacklist.class))
                                .build())
                .mount("/api/", API);
    }
    // end::app[]

    /** The application with its test settings on a fresh in-memory database. */
    private static KunaiApp testApp() {
        return app(Database.of("h2:mem:jwt_app_" + UUID.randomUUID().toString().replace("-", "")))
                .settings(Settings.of(SETTINGS, name -> null));
    }

    @Test
    void inProcessTheTestsDatabaseReachesTheProvidedTokens() {
        KunaiApp app = testApp();
        Db db = app.openDb().orElseThrow();
        try {
            new Users(db).createUser("ann", "", "ann-password");
            // what @KunaiTest(app = ...) does: the test's Db bound by an override
            TestClient client = TestClient.of(
                    app.dispatcher(setup -> setup.bind(Db.class, db).requestValue(db.requestSessions())));

            String access = client.post("/api/token/pair", Map.of("username", "ann", "password", "ann-password"))
                    .json()
                    .get("access")
                    .asText();

            assertThat(client.get("/api/notes/mine").status()).isEqualTo(401);
            var mine =
                    client.send(TestRequest.of("GET", "/api/notes/mine").header("Authorization", "Bearer " + access));
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json().get("owner").asText()).isEqualTo("ann");
        } finally {
            db.close();
        }
    }

    @Test
    void overASocketTheStartedAppAuthenticatesAndBlacklists() throws Exception {
        KunaiApp app = testApp();
        try (RunningApp running = app.start(ServerOptions.builder().port(0).build());
                HttpClient http = HttpClient.newHttpClient()) {
            new Users(running.db().orElseThrow()).createUser("bob", "", "bob-password");
            String base = running.baseUrl();
            JsonNode pair = JSON.readTree(
                    post(http, base + "/api/token/pair", "{\"username\":\"bob\",\"password\":\"bob-password\"}")
                            .body());

            HttpResponse<String> mine = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/mine"))
                            .header(
                                    "Authorization",
                                    "Bearer " + pair.get("access").asText())
                            .build(),
                    BodyHandlers.ofString());
            assertThat(mine.statusCode()).isEqualTo(200);
            assertThat(mine.body()).isEqualTo("{\"owner\":\"bob\"}");

            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/mine")).build(), BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");

            String refresh = "{\"refresh\":\"" + pair.get("refresh").asText() + "\"}";
            assertThat(post(http, base + "/api/token/blacklist", refresh).body())
                    .isEqualTo("{}");
            assertThat(post(http, base + "/api/token/refresh", refresh).body())
                    .isEqualTo("{\"detail\":\"Token is blacklisted\"}");
        }
    }

    @Test
    void theOpenApiDocumentIsDescribedWithoutADatabase() {
        var mounted = testApp().describe().get(0);

        var document = OpenApi.generate(mounted.api(), mounted.operations());

        assertThat(document.at("/components/securitySchemes/JWTAuth/bearerFormat")
                        .asText())
                .isEqualTo("JWT");
        assertThat(document.at("/paths/~1api~1notes~1mine/get/security/0/JWTAuth")
                        .isArray())
                .isTrue();
    }

    @Test
    void withoutProvidedTokensStartUpFailsNamingWhatIsMissing() {
        KunaiApp app = Kunai.app()
                .mount(
                        "/api/",
                        KunaiApi.builder()
                                .controllers(NotesController.class)
                                .auth(JwtAuth.fromContainer())
                                .build())
                .settings(Settings.of(SETTINGS, name -> null));

        assertThatThrownBy(() -> app.dispatcher(setup -> {}))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("JwtAuth.fromContainer() needs the application's JwtTokens");
    }

    @Test
    void docsAuthCanBeDeclaredFromTheContainerToo() {
        KunaiApp app = Kunai.app()
                .database(KunaiJwt.install(KunaiAuth.install(Database.of(
                        "h2:mem:jwt_docs_" + UUID.randomUUID().toString().replace("-", "")))))
                .provide(
                        JwtTokens.class,
                        container -> JwtTokens.builder(
                                        JwtSettings.fromSettings(container.instance(Settings.class)::get),
                                        container.instance(Users.class))
                                .build())
                .mount(
                        "/api/",
                        KunaiApi.builder()
                                .controllers(TokenController.class)
                                .docsAuth(JwtAuth.fromContainer()) // the OpenAPI document and Swagger UI
                                .build())
                .settings(Settings.of(SETTINGS, name -> null));
        Db db = app.openDb().orElseThrow();
        try {
            new Users(db).createUser("ann", "", "ann-password");
            TestClient client = TestClient.of(
                    app.dispatcher(setup -> setup.bind(Db.class, db).requestValue(db.requestSessions())));
            String access = client.post("/api/token/pair", Map.of("username", "ann", "password", "ann-password"))
                    .json()
                    .get("access")
                    .asText();

            assertThat(client.get("/api/openapi.json").status()).isEqualTo(401);
            assertThat(client.send(TestRequest.of("GET", "/api/openapi.json")
                                    .header("Authorization", "Bearer " + access))
                            .status())
                    .isEqualTo(200);
            assertThat(client.send(TestRequest.of("GET", "/api/docs").header("Authorization", "Bearer " + access))
                            .status())
                    .isEqualTo(200);
        } finally {
            db.close();
        }
    }

    @Test
    void aControllerCanNameTheDeclaredSchemeWithSecured() {
        KunaiApp app = Kunai.app()
                .mount(
                        "/api/",
                        KunaiApi.builder()
                                .controllers(ReportsController.class)
                                .authSchemes(JwtAuth.fromContainer())
                                .build())
                .settings(Settings.of(SETTINGS, name -> null));

        var operations = app.describe().get(0).operations();

        assertThat(operations.get(0).security())
                .extracting(auth -> auth.schemeName())
                .containsExactly("JWTAuth");
    }

    /** A controller requiring the API's registered JWT scheme by name. */
    @Controller("reports")
    @Secured(JwtAuth.SCHEME_NAME)
    public static class ReportsController {
        /** A report. */
        @Get("daily")
        public Map<String, String> daily() {
            return Map.of("report", "daily");
        }
    }

    private static HttpResponse<String> post(HttpClient client, String url, String json) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                BodyHandlers.ofString());
    }
}
