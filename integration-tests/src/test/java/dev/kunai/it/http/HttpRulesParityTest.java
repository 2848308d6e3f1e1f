package dev.kunai.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.it.support.RawHttp;
import dev.kunai.jetty.JettyServer;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kunai's HTTP rules give the same answer (status and body bytes) over a real socket (Jetty) as through the
 * in-process {@link TestClient}: path variables in prefixes, encoded literals, ambiguous paths.
 */
class HttpRulesParityTest {

    private static Dispatcher dispatcher;
    private static RunningServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        dispatcher = Dispatcher.builder()
                .container(GuiceContainer.create())
                .mount(KunaiApi.builder()
                        .prefix("/t/{tenant}")
                        .controllers(HttpRulesController.class)
                        .build())
                .build();
        client = TestClient.of(dispatcher);
        server = JettyServer.create()
                .start(dispatcher, ServerOptions.builder().port(0).build());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "GET {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/t/acme/shops/north/items/42 | 200 | {\"tenant\":\"acme\",\"shop\":\"north\",\"id\":42}",
                "/t/acme/shops/north/nine/1/2/3/4/5/6/7/8 | 200 | [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\"]",
                "/t/acme/shops/n/p/caf%C3%A9 | 200 | \"café\"",
                "/t/acme/shops/n/p/caf%c3%a9 | 200 | \"café\"",
                "/t/a%63me/shops/n/%70/caf%C3%A9 | 200 | \"café\"",
                "/t/acme/shops/n/files/a%2Fb | 200 | \"a/b\"",
                "/t/acme/shops/n/files/a%252F | 200 | \"a%2F\"",
                "/t/acme/shops/n/files/a;b | 200 | \"a;b\"",
                "/t/acme/shops/n/files/..x | 200 | \"..x\"",
                "/t/acme/shops/n/files/%2e%2e | 400 | {\"detail\":\"Ambiguous request path: dot segment ('..')\"}",
                "/t/acme/shops/n/files/. | 400 | {\"detail\":\"Ambiguous request path: dot segment ('.')\"}",
                "/t/acme/shops/n/files/%2E | 400 | {\"detail\":\"Ambiguous request path: dot segment ('.')\"}",
                "/t/acme/shops/n/../n/files/x | 400 | {\"detail\":\"Ambiguous request path: dot segment ('..')\"}",
                "/t/acme//shops/n/files/x | 400 | {\"detail\":\"Ambiguous request path: empty segment ('//')\"}",
                "//t/acme/shops/n/files/x | 400 | {\"detail\":\"Ambiguous request path: empty segment ('//')\"}",
                "/nowhere/%2e%2e/x | 400 | {\"detail\":\"Ambiguous request path: dot segment ('..')\"}",
                "/t/acme/shops/n/files/%E9 | 400 | {\"detail\":\"Invalid UTF-8 in percent-encoded URL or form data\"}",
                "/t/acme/shops/n/files/x/ | 404 | {\"detail\":\"Not Found\"}",
            })
    void sameAnswerInProcessAndOverTheSocket(String target, int status, String body) throws Exception {
        TestResponse inProcess = client.send(TestRequest.of("GET", target));
        RawHttp.Response overSocket = RawHttp.exchange(
                server.port(), RawHttp.request("GET", target, "", new byte[0]), Duration.ofSeconds(10));
        assertThat(inProcess.status()).as("in process").isEqualTo(status);
        assertThat(inProcess.text()).as("in process").isEqualTo(body);
        assertThat(overSocket.status()).as("over the socket").isEqualTo(status);
        assertThat(new String(overSocket.body(), StandardCharsets.UTF_8))
                .as("over the socket")
                .isEqualTo(body);
    }

    /**
     * The one documented difference: an escape that is not {@code %} plus two hex digits breaks the request
     * line, so Jetty's parser refuses it before Kunai sees it; both answer 400 with Kunai's error format.
     */
    @ParameterizedTest(name = "GET {0} -> 400")
    @CsvSource({"/t/acme/shops/n/files/%zz", "/t/acme/shops/n/files/%4"})
    void malformedEscapesAre400OnBothTransports(String target) throws Exception {
        TestResponse inProcess = client.send(TestRequest.of("GET", target));
        RawHttp.Response overSocket = RawHttp.exchange(
                server.port(), RawHttp.request("GET", target, "", new byte[0]), Duration.ofSeconds(10));
        assertThat(inProcess.status()).isEqualTo(400);
        assertThat(inProcess.text()).isEqualTo("{\"detail\":\"Invalid percent-encoding in URL or form data\"}");
        assertThat(overSocket.status()).isEqualTo(400);
        assertThat(new String(overSocket.body(), StandardCharsets.UTF_8)).isEqualTo("{\"detail\":\"Bad Request\"}");
    }
}
