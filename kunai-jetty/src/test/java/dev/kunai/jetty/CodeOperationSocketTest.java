package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.contributor.Input;
import dev.kunai.http.HttpMethod;
import dev.kunai.operation.Operation;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.security.Auth;
import dev.kunai.server.RunningServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An operation defined in code over a real socket: binding, 422, auth and HEAD as in-process. */
class CodeOperationSocketTest extends ServerFixture {

    public record Greeting(String text, int times) {}

    public record Times(int times) {}

    private RunningServer server() {
        Operation.Builder hello =
                Operation.builder(HttpMethod.GET, "/hello/{name}").secured("BearerAuth");
        Input<String> name = hello.path("name", String.class);
        Input<Times> times = hello.query(Times.class);
        Operation operation = hello.handler(
                        Greeting.class,
                        in -> new Greeting(
                                "hello " + in.get(name), in.get(times).times()))
                .build();
        Auth tokens = Auth.bearer(token -> token.equals("t0k3n") ? Optional.of("ann") : Optional.empty());
        return start(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .authSchemes(tokens)
                        .operations(operation)
                        .build())
                .build());
    }

    private static HttpRequest.Builder request(RunningServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer t0k3n");
    }

    @Test
    void servesBindsAndRefusesOverTheSocket() throws Exception {
        RunningServer server = server();
        var client = client();
        HttpResponse<String> ok =
                client.send(request(server, "/api/hello/ann?times=2").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"text\":\"hello ann\",\"times\":2}");
        assertThat(ok.headers().firstValue("Content-Type")).contains("application/json");

        HttpResponse<String> invalid =
                client.send(request(server, "/api/hello/ann?times=two").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"loc\":[\"query\",\"times\"]");

        HttpResponse<String> anonymous =
                client.send(get(server, "/api/hello/ann?times=2"), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");

        HttpResponse<String> head = client.send(
                request(server, "/api/hello/ann?times=2")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .contains(Integer.toString(ok.body().length()));

        HttpResponse<String> document =
                client.send(get(server, "/api/openapi.json"), HttpResponse.BodyHandlers.ofString());
        assertThat(document.body()).contains("\"operationId\":\"get_hello_name\"");
    }
}
