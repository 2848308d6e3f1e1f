package dev.kunai.jetty;

import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Run in a JVM of its own by {@link LoggingServerRun} (for {@link AccessLogTest} and {@link StartupLogTest}),
 * because which loggers are on is read once when each logger is first made, and the test JVM logs WARN and above. Serves on a free port, sends a
 * 200 and a 404 request to itself, stops the server (so every line is written) and prints the port.
 */
public final class AccessLogServer {

    private AccessLogServer() {}

    /**
     * Serves, requests, stops.
     *
     * @param args none
     * @throws Exception when a request fails
     */
    public static void main(String[] args) throws Exception {
        RunningServer server = JettyServer.create()
                .start(
                        request -> request.path().equals("/ok")
                                ? HttpResponse.of(
                                        200,
                                        List.of(new HttpHeader("Content-Type", "text/plain")),
                                        "ok".getBytes(StandardCharsets.UTF_8))
                                : HttpResponse.of(404, List.of(), new byte[0]),
                        ServerOptions.builder().host("127.0.0.1").port(0).build());
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            String base = server.baseUrl();
            client.send(
                    HttpRequest.newBuilder(URI.create(base + "/ok?page=2"))
                            .header("Referer", "http://example.test/from")
                            .header("User-Agent", "kunai-test/1.0")
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            client.send(
                    HttpRequest.newBuilder(URI.create(base + "/missing"))
                            .header("User-Agent", "kunai-test/1.0")
                            .POST(HttpRequest.BodyPublishers.ofString("abc"))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } finally {
            server.stop();
        }
        System.err.flush();
        System.out.println("PORT " + server.port());
    }
}
