package dev.kunai.jwt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kunai.data.db.Db;
import dev.kunai.jetty.JettyServer;
import dev.kunai.jwt.support.JwtApp;
import dev.kunai.jwt.support.JwtTestDbs;
import dev.kunai.jwt.support.MovableClock;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

/** The token operations and {@code JWTAuth} over a real socket (Jetty on an ephemeral port), blacklist in H2. */
class JwtOverSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void obtainUseRefreshAndBlacklistTokensOverHttp() throws Exception {
        Db db = JwtTestDbs.h2();
        JwtApp.users(db).createUser("ann", "", "ann-password");
        var tokens = JwtApp.tokens(db, JwtApp.settings().build(), new MovableClock());
        try (RunningServer server = JettyServer.create()
                        .start(
                                JwtApp.dispatcher(tokens),
                                ServerOptions.builder().port(0).build());
                HttpClient client = HttpClient.newHttpClient()) {
            String base = server.baseUrl();
            HttpResponse<String> pair =
                    post(client, base + "/api/token/pair", "{\"username\":\"ann\",\"password\":\"ann-password\"}");
            assertThat(pair.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(pair.body());

            HttpResponse<String> me = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/me"))
                            .header(
                                    "Authorization",
                                    "Bearer " + body.get("access").asText())
                            .build(),
                    BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).get("username").asText()).isEqualTo("ann");

            HttpResponse<String> anonymous = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/me")).build(), BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");

            String refresh = "{\"refresh\":\"" + body.get("refresh").asText() + "\"}";
            assertThat(post(client, base + "/api/token/refresh", refresh).statusCode())
                    .isEqualTo(200);
            assertThat(post(client, base + "/api/token/blacklist", refresh).body())
                    .isEqualTo("{}");
            HttpResponse<String> refused = post(client, base + "/api/token/refresh", refresh);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"detail\":\"Token is blacklisted\"}");
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/json");
        } finally {
            JwtTestDbs.drop(db);
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
