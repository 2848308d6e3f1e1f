package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/server.md. */
class ServerExampleTest {

    @Test
    void servesAHandlerOverHttp() throws Exception {
        // Any RequestHandler works; in an application it is the Dispatcher built from your KunaiApi.
        RequestHandler handler = request -> HttpResponse.json(
                200,
                ("{\"path\":\"" + request.path() + "\",\"query\":\"" + request.query() + "\"}")
                        .getBytes(StandardCharsets.UTF_8));

        ServerOptions options = ServerOptions.builder()
                .port(0) // any free port; server.port() tells which
                .idleTimeout(Duration.ofSeconds(30))
                .stopTimeout(Duration.ofSeconds(10))
                .build();

        try (RunningServer server = JettyServer.create().start(handler, options);
                HttpClient client = HttpClient.newHttpClient()) {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/books/?page=2"))
                            .build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(response.body()).isEqualTo("{\"path\":\"/api/books/\",\"query\":\"page=2\"}");
        } // close() = graceful stop
    }
}
