package dev.kunai.auth.authenticators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.http.RequestContext;
import dev.kunai.jetty.JettyServer;
import dev.kunai.json.Json;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.security.Auth;
import dev.kunai.security.Principal;
import dev.kunai.security.Secured;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.test.browser.HeadlessChromium;
import dev.kunai.test.browser.SwaggerUiPage;
import dev.kunai.test.browser.SwaggerUiPage.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Swagger UI's Authorize button in a real browser (headless Chromium) against a server on an ephemeral port, for
 * each header- or query-borne scheme: Bearer, API key in a header, API key in a query parameter. Each operation is
 * first tried without authorizing (401), then after entering the credential in the Authorize dialog (200, with the
 * principal the credential maps to). Skipped without Chromium unless {@code CI} is set.
 */
@Timeout(90)
class AuthorizeInSwaggerUiBrowserTest {

    static final Auth BEARER = Auth.bearer(ApiKeys.matching(Map.of("bearer-token-of-ann", "ann")));
    static final Auth HEADER_KEY = Auth.apiKeyHeader("X-API-Key", ApiKeys.matching(Map.of("header-key-of-bob", "bob")));
    static final Auth QUERY_KEY = ApiKeys.query("api_key", ApiKeys.matching(Map.of("query-key-of-cat", "cat")));

    /** One operation per scheme, each answering who the credential belongs to. */
    @Controller("whoami")
    public static class WhoAmI {
        /** Behind Bearer. */
        @Secured("BearerAuth")
        @Get("bearer")
        public Map<String, Object> bearer(RequestContext context) {
            return who(context);
        }

        /** Behind an API key in the {@code X-API-Key} header. */
        @Secured("ApiKeyAuth")
        @Get("header")
        public Map<String, Object> header(RequestContext context) {
            return who(context);
        }

        /** Behind an API key in the {@code api_key} query parameter. */
        @Secured("ApiKeyQuery")
        @Get("query")
        public Map<String, Object> query(RequestContext context) {
            return who(context);
        }

        private static Map<String, Object> who(RequestContext context) {
            return Map.of(
                    "user", context.attribute(Principal.class).orElseThrow().value());
        }
    }

    private RunningServer server;
    private HeadlessChromium browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start();
        server = JettyServer.create()
                .start(
                        Dispatcher.builder()
                                .mount(KunaiApi.builder()
                                        .prefix("/api")
                                        .authSchemes(BEARER, HEADER_KEY, QUERY_KEY)
                                        .controllers(WhoAmI.class)
                                        .build())
                                .build(),
                        ServerOptions.builder().host("127.0.0.1").port(0).build());
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void bearer() throws Exception {
        authorizeThenTry("BearerAuth", "bearer-token-of-ann", "/api/whoami/bearer", "ann");
    }

    @Test
    void apiKeyInAHeader() throws Exception {
        authorizeThenTry("ApiKeyAuth", "header-key-of-bob", "/api/whoami/header", "bob");
    }

    @Test
    void apiKeyInTheQuery() throws Exception {
        authorizeThenTry("ApiKeyQuery", "query-key-of-cat", "/api/whoami/query", "cat");
    }

    private void authorizeThenTry(String scheme, String credential, String path, String user) throws Exception {
        SwaggerUiPage page =
                SwaggerUiPage.open(browser, server.baseUrl() + "/api/docs").tryItOut("get", path);

        Response anonymous = page.execute("get", path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(Json.mapper().readTree(anonymous.body()).path("detail").asText())
                .isEqualTo("Unauthorized");

        Response authorized = page.authorize(scheme, credential).execute("get", path);
        assertThat(authorized.status()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(authorized.body());
        assertThat(body.path("user").asText()).isEqualTo(user);
    }
}
