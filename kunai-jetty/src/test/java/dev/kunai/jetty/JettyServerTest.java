package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import dev.kunai.server.RunningServer;
import dev.kunai.testfixtures.StandardError;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What the adapter hands to the handler, and how it writes what the handler returns. */
class JettyServerTest extends ServerFixture {

    @Test
    void passesRawPathAndQueryThrough() throws Exception {
        RunningServer server =
                start(request -> text(200, request.method() + " " + request.path() + " [" + request.query() + "]"));

        var encoded = client().send(get(server, "/a%2Fb/caf%C3%A9?x=1&x=2&q=a%20b"), BodyHandlers.ofString());
        var plain = client().send(get(server, "/books/"), BodyHandlers.ofString());

        assertThat(encoded.statusCode()).isEqualTo(200);
        assertThat(encoded.body()).isEqualTo("GET /a%2Fb/caf%C3%A9 [x=1&x=2&q=a%20b]");
        assertThat(plain.body()).isEqualTo("GET /books/ []");
    }

    @Test
    void exposesHeadersCaseInsensitivelyInOrder() throws Exception {
        AtomicReference<dev.kunai.http.HttpRequest> seen = new AtomicReference<>();
        AtomicReference<String> summary = new AtomicReference<>();
        RunningServer server = start(request -> {
            seen.set(request);
            summary.set(request.header("x-token").orElse("-") + "|" + request.headers("X-MULTI") + "|"
                    + request.header("X-Absent").isPresent() + "|" + request.contentLength() + "|"
                    + request.remoteAddress());
            return HttpResponse.empty(204);
        });

        try (RawHttp raw = RawHttp.connect(server.port())) {
            var response = raw.send(
                            "GET /h HTTP/1.1\r\nHost: x\r\nX-Token: abc\r\nX-Multi: one\r\nx-multi: two\r\n\r\n")
                    .read();
            assertThat(response.status()).isEqualTo(204);
            int localPort = raw.socket().getLocalPort();
            assertThat(summary.get()).isEqualTo("abc|[one, two]|false|0|127.0.0.1:" + localPort);
        }
        assertThat(seen.get().allHeaders())
                .containsExactly(
                        new HttpHeader("Host", "x"), new HttpHeader("X-Token", "abc"),
                        new HttpHeader("X-Multi", "one"), new HttpHeader("x-multi", "two"));
    }

    @Test
    void streamsTheRequestBodyToTheHandler() throws Exception {
        RunningServer server = start(request -> {
            try (InputStream body = request.body()) {
                byte[] bytes = body.readAllBytes();
                return text(200, request.contentLength() + " " + bytes.length + " " + sha256(bytes));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] payload = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(payload);

        var sized = client().send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/upload"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                                .build(),
                        BodyHandlers.ofString());
        var chunked = client().send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/upload"))
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(payload)))
                                .build(),
                        BodyHandlers.ofString());

        assertThat(sized.body()).isEqualTo(payload.length + " " + payload.length + " " + sha256(payload));
        assertThat(chunked.body()).isEqualTo("-1 " + payload.length + " " + sha256(payload));
    }

    @Test
    void writesStatusHeadersInOrderAndContentLengthWithoutServerOrDate() throws Exception {
        RunningServer server = start(request -> HttpResponse.of(
                201,
                List.of(
                        new HttpHeader("Content-Type", "application/json"),
                        new HttpHeader("X-B", "2"),
                        new HttpHeader("Set-Cookie", "a=1"),
                        new HttpHeader("X-A", "1"),
                        new HttpHeader("Set-Cookie", "b=2")),
                "{\"id\":1}".getBytes(StandardCharsets.UTF_8)));

        try (RawHttp raw = RawHttp.connect(server.port())) {
            var response = raw.send("POST /books/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                    .read();
            assertThat(response.statusLine()).isEqualTo("HTTP/1.1 201 Created");
            assertThat(response.headers())
                    .extracting(h -> h[0] + ": " + h[1])
                    .containsExactly(
                            "Content-Type: application/json",
                            "X-B: 2",
                            "Set-Cookie: a=1",
                            "X-A: 1",
                            "Set-Cookie: b=2",
                            "Content-Length: 8");
            assertThat(response.text()).isEqualTo("{\"id\":1}");
        }
    }

    @Test
    void headKeepsThePipelinesContentLengthAndSendsNoBody() throws Exception {
        byte[] json = "{\"title\":\"Dune\"}".getBytes(StandardCharsets.UTF_8);
        RunningServer server = start(request -> {
            HttpResponse full = HttpResponse.json(200, json);
            return request.method().equals("HEAD") ? full.forHead() : full;
        });

        try (RawHttp raw = RawHttp.connect(server.port())) {
            var head = raw.send("HEAD /books/1 HTTP/1.1\r\nHost: x\r\n\r\n").read(true);
            // The same connection carries on: had the HEAD response carried a body, this read would see it.
            var get = raw.send("GET /books/1 HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Length")).contains(Integer.toString(json.length));
            assertThat(head.headers())
                    .filteredOn(h -> h[0].equalsIgnoreCase("Content-Length"))
                    .hasSize(1);
            assertThat(get.statusLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(get.body()).isEqualTo(json);
        }
    }

    @Test
    void noContentHasNoContentLengthAndNoBody() throws Exception {
        RunningServer server = start(request -> HttpResponse.empty(204));
        try (RawHttp raw = RawHttp.connect(server.port())) {
            var first = raw.send("DELETE /books/1 HTTP/1.1\r\nHost: x\r\n\r\n").read();
            var second = raw.send("DELETE /books/2 HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(first.status()).isEqualTo(204);
            assertThat(first.header("Content-Length")).isEmpty();
            assertThat(second.status()).isEqualTo(204);
        }
    }

    @Test
    void streamsAResponseBodyAndClosesTheStream() throws Exception {
        byte[] payload = new byte[2 * 1024 * 1024 + 3];
        new Random(11).nextBytes(payload);
        AtomicBoolean closed = new AtomicBoolean();
        RunningServer server = start(request -> HttpResponse.streaming(
                200,
                List.of(new HttpHeader("Content-Type", "application/octet-stream")),
                new FilterInputStream(new ByteArrayInputStream(payload)) {
                    @Override
                    public void close() throws IOException {
                        closed.set(true);
                        super.close();
                    }
                }));

        try (RawHttp raw = RawHttp.connect(server.port())) {
            var response = raw.send("GET /export HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Transfer-Encoding")).contains("chunked");
            assertThat(response.body()).isEqualTo(payload);
            // keep-alive survives a streamed response
            assertThat(raw.send("GET /export HTTP/1.1\r\nHost: x\r\n\r\n")
                            .read()
                            .body())
                    .isEqualTo(payload);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void aThrowingHandlerGivesA500JsonWithoutStackTrace() throws Exception {
        RunningServer server = start(request -> {
            throw new IllegalStateException("secret internal detail");
        });
        List<java.net.http.HttpResponse<String>> responses = new ArrayList<>();

        String log = StandardError.capture(() -> {
            responses.add(client().send(get(server, "/boom"), BodyHandlers.ofString()));
            // and the connection is still usable afterwards
            responses.add(client().send(get(server, "/boom"), BodyHandlers.ofString()));
        });

        var response = responses.getFirst();
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(responses.getLast().statusCode()).isEqualTo(500);
        // the exception is logged (with its trace) on the server, never sent
        assertThat(log.lines()
                        .filter(l -> l.contains(
                                "ERROR dev.kunai.jetty.KunaiHandler - Request handler failed for GET /boom")))
                .hasSize(2);
        assertThat(log).contains("java.lang.IllegalStateException: secret internal detail");
    }

    @Test
    void aHandlerReturningNothingAlsoGivesA500Json() throws Exception {
        RunningServer server = start(request -> null);
        List<java.net.http.HttpResponse<String>> responses = new ArrayList<>();
        String log = StandardError.capture(
                () -> responses.add(client().send(get(server, "/null"), BodyHandlers.ofString())));
        assertThat(responses.getFirst().statusCode()).isEqualTo(500);
        assertThat(responses.getFirst().body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(log)
                .contains("ERROR dev.kunai.jetty.KunaiHandler - Request handler returned no response for GET /null");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
