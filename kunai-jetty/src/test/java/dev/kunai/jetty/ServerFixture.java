package dev.kunai.jetty;

import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;

/** Starts servers on free ports for a test and stops them afterwards. */
abstract class ServerFixture {

    private final List<RunningServer> servers = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();

    RunningServer start(RequestHandler handler) {
        return start(handler, b -> b);
    }

    RunningServer start(RequestHandler handler, UnaryOperator<ServerOptions.Builder> options) {
        RunningServer server = JettyServer.create()
                .start(handler, options.apply(ServerOptions.builder().port(0)).build());
        servers.add(server);
        return server;
    }

    HttpClient client() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(
                        30)) // a bound on failure only: 500 connects at once queue in the backlog on a busy machine
                .build();
        clients.add(client);
        return client;
    }

    static HttpRequest get(RunningServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .build();
    }

    static HttpResponse text(int status, String body) {
        return HttpResponse.of(
                status,
                List.of(new dev.kunai.http.HttpHeader("Content-Type", "text/plain; charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopAll() {
        servers.forEach(RunningServer::stop);
        clients.forEach(HttpClient::close);
    }
}
