package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.server.RunningServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Errors Jetty answers by itself, before Kunai's handler runs, are JSON in Kunai's format too. */
class ProtocolErrorTest extends ServerFixture {

    private final AtomicInteger handled = new AtomicInteger();
    private RunningServer server;

    @BeforeEach
    void startServer() {
        server = start(
                request -> {
                    handled.incrementAndGet();
                    return text(200, "ok");
                },
                options -> options.maxRequestHeaderBytes(8 * 1024));
    }

    @Test
    void hugeHeaderIs431Json() throws Exception {
        String huge = "x".repeat(20 * 1024);
        var response = exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Huge: " + huge + "\r\n\r\n");
        assertJsonError(response, 431, "Request Header Fields Too Large");
    }

    @Test
    void hugeUriIs414Json() throws Exception {
        String longPath = "/" + "a".repeat(20 * 1024);
        var response = exchange("GET " + longPath + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertJsonError(response, 414, "URI Too Long");
    }

    @Test
    void malformedRequestLineIs400Json() throws Exception {
        var response = exchange("THIS IS NOT HTTP\r\n\r\n");
        assertJsonError(response, 400, "Bad Request");
    }

    @Test
    void illegalHeaderNameIs400Json() throws Exception {
        var response = exchange("GET / HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n");
        assertJsonError(response, 400, "Bad Request");
    }

    @Test
    void badPercentEncodingIs400Json() throws Exception {
        var response = exchange("GET /books/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        assertJsonError(response, 400, "Bad Request");
    }

    @Test
    void missingHostIs400Json() throws Exception {
        var response = exchange("GET / HTTP/1.1\r\n\r\n");
        assertJsonError(response, 400, "Bad Request");
    }

    @Test
    void unsupportedVersionIsJsonToo() throws Exception {
        var response = exchange("GET / HTTP/7.0\r\nHost: x\r\n\r\n");
        assertThat(response.status()).isBetween(400, 505);
        assertThat(response.header("Content-Type")).contains("application/json");
        assertThat(response.text()).startsWith("{\"detail\":\"").doesNotContain("<");
        assertThat(handled).hasValue(0);
    }

    @Test
    void jsonEvenWhenTheClientAsksForHtml() throws Exception {
        var response = exchange(
                "GET / HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nX-Huge: " + "y".repeat(20_000) + "\r\n\r\n");
        assertJsonError(response, 431, "Request Header Fields Too Large");
    }

    @Test
    void aFineRequestStillWorksAfterwards() throws Exception {
        exchange("THIS IS NOT HTTP\r\n\r\n");
        var response = exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("ok");
    }

    private RawHttp.Response exchange(String raw) throws Exception {
        try (RawHttp http = RawHttp.connect(server.port())) {
            return http.send(raw).read();
        }
    }

    private void assertJsonError(RawHttp.Response response, int status, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).contains("application/json");
        assertThat(response.text()).isEqualTo("{\"detail\":\"" + reason + "\"}");
        assertThat(response.header("Content-Length")).contains(Integer.toString(response.body().length));
        assertThat(response.header("Server")).isEmpty();
        assertThat(handled).as("Kunai's handler never sees a malformed request").hasValue(0);
    }
}
