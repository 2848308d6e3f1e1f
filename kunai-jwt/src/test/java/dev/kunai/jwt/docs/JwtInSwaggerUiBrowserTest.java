package dev.kunai.jwt.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.db.Db;
import dev.kunai.jetty.JettyServer;
import dev.kunai.json.Json;
import dev.kunai.jwt.auth.JwtAuth;
import dev.kunai.jwt.support.JwtApp;
import dev.kunai.jwt.support.JwtTestDbs;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.test.browser.HeadlessChromium;
import dev.kunai.test.browser.SwaggerUiPage;
import dev.kunai.test.browser.SwaggerUiPage.Response;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JwtAuth} through Swagger UI in a real browser (headless Chromium, a server on an ephemeral port): the
 * protected operation is 401 until the access token that {@code /api/token/pair}'s "Try it out" returned is entered
 * in the Authorize dialog under {@code JWTAuth} ({@code http}/{@code bearer}, {@code bearerFormat: JWT}); then it is
 * 200 with the user. Skipped without Chromium unless {@code CI} is set.
 */
@Timeout(90)
class JwtInSwaggerUiBrowserTest {

    private static final String ME = "/api/notes/me";
    private static final String PAIR = "/api/token/pair";

    private Db db;
    private RunningServer server;
    private HeadlessChromium browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start();
        db = JwtTestDbs.h2();
        JwtApp.users(db).createUser("ann", "", "ann-password");
        server = JettyServer.create()
                .start(
                        JwtApp.dispatcher(JwtApp.tokens(db, JwtApp.settings().build(), Clock.systemUTC())),
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
                    JwtTestDbs.drop(db);
                }
            }
        }
    }

    @Test
    void obtainATokenWithTryItOutThenAuthorizeWithIt() throws Exception {
        SwaggerUiPage page = SwaggerUiPage.open(browser, server.baseUrl() + "/api/docs")
                .tryItOut("get", ME)
                .tryItOut("post", PAIR);

        Response anonymous = page.execute("get", ME);
        assertThat(anonymous.status()).isEqualTo(401);

        Response pair = page.body("post", PAIR, "{\"username\": \"ann\", \"password\": \"ann-password\"}")
                .execute("post", PAIR);
        assertThat(pair.status()).isEqualTo(200);
        String access = Json.mapper().readTree(pair.body()).path("access").asText();
        assertThat(access).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

        Response me = page.authorize(JwtAuth.SCHEME_NAME, access).execute("get", ME);
        assertThat(me.status()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(me.body());
        assertThat(body.path("username").asText()).isEqualTo("ann");
    }
}
