package dev.kunai.auth.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.kunai.openapi.OpenApi;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.security.Public;
import dev.kunai.security.Secured;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runnable example of docs/users-and-sessions.md's "In a KunaiApp": {@code SessionAuth.fromContainer()} on an
 * API defined before the database opens, the application's {@code SessionAuth} provided from its container, served
 * in-process (the {@code @KunaiTest(app = ...)} path) and over a socket, and described without a database.
 */
class SessionInKunaiAppTest {

    private static final Map<String, String> SETTINGS = Map.of("secret-key", SessionApp.SECRET);

    // tag::app[]
    @Controller("notes")
    @Secured(SessionAuth.SCHEME_NAME) // every operation of this controller: the session cookie
    public static class NotesController {
        @Get("me")
        public Map<String, String> me(RequestContext context) {
            return Map.of(
                    "username",
                    CurrentUser.of(context, User.class).orElseThrow().username());
        }

        @Post(value = "", status = 201) // unsafe: needs the X-CSRFToken header too
        public Map<String, String> create(RequestContext context) {
            return Map.of(
                    "created_by",
                    CurrentUser.of(context, User.class).orElseThrow().username());
        }

        @Public
        @Get("count")
        public Map<String, Integer> count() {
            return Map.of("count", 42);
        }
    }

    public static final KunaiApi API = KunaiApi.builder()
            .title("Notes API")
            .controllers(SessionController.class, NotesController.class)
            .authSchemes(SessionAuth.fromContainer()) // the scheme now; the application's SessionAuth when it starts
            .build();

    public static KunaiApp app(Database database) {
        return Kunai.app()
                .database(KunaiAuth.install(database))
                .provide(
                        SessionAuth.class,
                        container -> SessionAuth.of( // SessionController injects it too
                                Sessions.of(
                                        SessionSettings.of(container
                                                .instance(Settings.class)
                                                .get("secret-key")
                                                .orElseThrow()),
                                        container.instance(DbSessionStore.class)),
                                container.instance(Users.class)))
                .mount("/api/", API);
    }
    // end::app[]

    private static KunaiApp testApp() {
        return app(Database.of(
                        "h2:mem:session_app_" + UUID.randomUUID().toString().replace("-", "")))
                .settings(Settings.of(SETTINGS, name -> null));
    }

    @Test
    void inProcessTheTestsDatabaseReachesTheProvidedSessions() {
        KunaiApp app = testApp();
        Db db = app.openDb().orElseThrow();
        try {
            new Users(db).createUser("ann", "", "ann-password");
            // what @KunaiTest(app = ...) does: the test's Db bound by an override
            TestClient client = TestClient.of(
                    app.dispatcher(setup -> setup.bind(Db.class, db).requestValue(db.requestSessions())));

            TestResponse login = client.send(TestRequest.of("POST", "/api/auth/login")
                    .json(Map.of("username", "ann", "password", "ann-password")));
            String session = SessionSecurityTest.cookie(login, "sessionid");
            String csrf = SessionSecurityTest.cookie(login, "csrftoken");

            assertThat(login.status()).isEqualTo(200);
            assertThat(client.get("/api/notes/me").status()).isEqualTo(401);
            TestResponse me = client.send(TestRequest.of("GET", "/api/notes/me").cookie("sessionid", session));
            assertThat(me.json().get("username").asText()).isEqualTo("ann");
            TestResponse forged = client.send(TestRequest.of("POST", "/api/notes/")
                    .cookie("sessionid", session)
                    .cookie("csrftoken", csrf));
            assertThat(forged.status()).isEqualTo(403);
            TestResponse created = client.send(TestRequest.of("POST", "/api/notes/")
                    .cookie("sessionid", session)
                    .cookie("csrftoken", csrf)
                    .header("X-CSRFToken", csrf));
            assertThat(created.status()).isEqualTo(201);
            assertThat(client.get("/api/notes/count").status()).isEqualTo(200);
        } finally {
            db.close();
        }
    }

    @Test
    void overASocketTheStartedAppLogsInAndOut() throws Exception {
        try (RunningApp running =
                        testApp().start(ServerOptions.builder().port(0).build());
                HttpClient http = HttpClient.newHttpClient()) {
            new Users(running.db().orElseThrow()).createUser("bob", "", "bob-password");
            String base = running.baseUrl();
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"bob\",\"password\":\"bob-password\"}"))
                            .build(),
                    BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            String cookie = login.headers().allValues("Set-Cookie").stream()
                    .filter(v -> v.startsWith("sessionid="))
                    .findFirst()
                    .orElseThrow()
                    .split(";")[0];

            HttpResponse<String> me = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/me"))
                            .header("Cookie", cookie)
                            .build(),
                    BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).isEqualTo("{\"username\":\"bob\"}");
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/me")).build(), BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theOpenApiDocumentIsDescribedWithoutADatabase() {
        var mounted = testApp().describe().get(0);

        var document = OpenApi.generate(mounted.api(), mounted.operations());

        assertThat(document.at("/components/securitySchemes/SessionAuth/in").asText())
                .isEqualTo("cookie");
        assertThat(document.at("/components/securitySchemes/SessionAuth/name").asText())
                .isEqualTo("sessionid");
    }

    @Test
    void aDeclaredCookieNameOtherThanTheSessionsOneStopsStartUp() {
        KunaiApp app = app(Database.of(
                        "h2:mem:session_app_" + UUID.randomUUID().toString().replace("-", "")))
                .settings(Settings.of(SETTINGS, name -> null))
                .mount(
                        "/other/",
                        KunaiApi.builder()
                                .controllers(NotesController.class)
                                .authSchemes(SessionAuth.fromContainer("session"))
                                .build());
        Db db = app.openDb().orElseThrow();
        try {
            assertThatThrownBy(() -> app.dispatcher(db))
                    .isInstanceOf(KunaiConfigurationException.class)
                    .hasMessageContaining("the application's sessions use the cookie 'sessionid'");
        } finally {
            db.close();
        }
    }

    @Test
    void withoutAProvidedSessionAuthStartUpFailsNamingWhatIsMissing() {
        KunaiApp app = Kunai.app()
                .mount(
                        "/api/",
                        KunaiApi.builder()
                                .controllers(NotesController.class)
                                .authSchemes(SessionAuth.fromContainer())
                                .build());

        assertThatThrownBy(() -> app.dispatcher(setup -> {}))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("SessionAuth.fromContainer() needs the application's SessionAuth");
    }

    @Test
    void anUnresolvedDeclarationRefusesToAuthenticate() {
        assertThatThrownBy(() -> SessionAuth.fromContainer().authenticate(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only in a pipeline");
    }
}
