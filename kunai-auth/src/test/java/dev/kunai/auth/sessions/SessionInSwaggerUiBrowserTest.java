package dev.kunai.auth.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.auth.TestDbs;
import dev.kunai.auth.csrf.Csrf;
import dev.kunai.auth.hashers.Argon2Hasher;
import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import dev.kunai.jetty.JettyServer;
import dev.kunai.json.Json;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.test.browser.HeadlessChromium;
import dev.kunai.test.browser.SwaggerUiPage;
import dev.kunai.test.browser.SwaggerUiPage.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Cookie;

/**
 * Session authentication through Swagger UI in a real browser (headless Chromium, a server on an ephemeral port):
 * log in with the login operation's "Try it out", then a write operation's "Try it out" succeeds — which it can only
 * because Swagger UI echoes the {@code csrftoken} cookie in {@code X-CSRFToken} — while the same session without the
 * token is refused with 403. Skipped without Chromium unless {@code CI} is set.
 */
@Timeout(90)
class SessionInSwaggerUiBrowserTest {

    private Db db;
    private RunningServer server;
    private HeadlessChromium browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start();
        db = TestDbs.h2();
        Clock clock = Clock.systemUTC();
        Users.of(db, PasswordHashers.of(Argon2Hasher.create(1024, 1, 1))).createUser("ann", "", "ann-password");
        server = JettyServer.create()
                .start(
                        SessionApp.dispatcher(db, clock, SessionSettings.of(SessionApp.SECRET)),
                        ServerOptions.builder().host("127.0.0.1").port(0).build());
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (db != null) {
                    TestDbs.drop(db);
                }
            }
        }
    }

    @Test
    void logInThroughTryItOutThenWriteWithTheCsrfTokenSwaggerUiSends() throws Exception {
        SwaggerUiPage page = SwaggerUiPage.open(browser, server.baseUrl() + "/api/docs")
                .tryItOut("post", "/api/notes/create")
                .tryItOut("post", "/api/auth/login");

        assertThat(page.execute("post", "/api/notes/create").status()).isEqualTo(401);

        Response login = page.body("post", "/api/auth/login", "{\"username\": \"ann\", \"password\": \"ann-password\"}")
                .execute("post", "/api/auth/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(Json.mapper().readTree(login.body()).path("username").asText())
                .isEqualTo("ann");

        Response created = page.execute("post", "/api/notes/create");
        assertThat(created.status()).isEqualTo(201);
        assertThat(Json.mapper().readTree(created.body()).path("created_by").asText())
                .isEqualTo("ann");

        // The contrast: the browser's own session, sent without the token Swagger UI adds, is refused.
        Cookie session = browser.driver().manage().getCookieNamed("sessionid");
        Cookie csrf = browser.driver().manage().getCookieNamed("csrftoken");
        assertThat(session).isNotNull();
        assertThat(csrf).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> noToken = http.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/notes/create"))
                            .header("Cookie", "sessionid=" + session.getValue() + "; csrftoken=" + csrf.getValue())
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(Json.mapper().readTree(noToken.body()).path("detail").asText())
                    .isEqualTo(Csrf.FAILED);
        }
    }
}
