package dev.kunai.examples.books.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.app.Kunai;
import dev.kunai.app.RunningApp;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.http.HttpHeader;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process client and the real server give the same status, headers and body bytes for the same request. */
class SocketParityTest {

    private static RunningApp app;
    private static TestClient inProcess;

    @BeforeAll
    static void start() {
        app = Kunai.app()
                .database(Database.of("h2:mem:parity-" + UUID.randomUUID())
                        .packages("dev.kunai.examples.books")
                        .schemaFromModels())
                .mount("/api/", BooksApp.API)
                .start(ServerOptions.builder().port(0).build());
        inProcess = TestClient.of(app.dispatcher());
        inProcess.post("/api/books/", "{\"title\": \"Parity\", \"tags\": [\"a\", \"b\"]}");
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void sameBytesForEveryKindOfResponse() throws Exception {
        assertSame(TestRequest.of("GET", "/api/books/"));
        assertSame(TestRequest.of("HEAD", "/api/books/"));
        assertSame(TestRequest.of("POST", "/api/books/").json("{\"title\": 1, \"tags\": [null]}"));
        assertSame(TestRequest.of("POST", "/api/books/").json("{nope"));
        assertSame(TestRequest.of("DELETE", "/api/books/"));
        assertSame(TestRequest.of("GET", "/api/missing"));
        assertSame(TestRequest.of("GET", "/api/openapi.json"));
        assertSame(TestRequest.of("GET", "/api/docs"));
    }

    private static void assertSame(TestRequest request) throws Exception {
        TestResponse expected = inProcess.send(request);
        RawResponse actual = overSocket(request);
        assertThat(actual.status).as(request.method() + " " + request.path()).isEqualTo(expected.status());
        assertThat(actual.body)
                .as("body of " + request.method() + " " + request.path())
                .isEqualTo(expected.body());
        for (HttpHeader header : expected.headers()) {
            assertThat(actual.headers.get(header.name().toLowerCase(Locale.ROOT)))
                    .as(header.name())
                    .isEqualTo(header.value());
        }
        int length = request.method().equals("HEAD")
                ? Integer.parseInt(expected.header("Content-Length").orElseThrow())
                : expected.body().length;
        assertThat(actual.headers.get("content-length")).isEqualTo(String.valueOf(length));
    }

    private record RawResponse(int status, Map<String, String> headers, byte[] body) {}

    /** One HTTP/1.1 exchange over a plain socket, so nothing between the server and the bytes is hidden. */
    private static RawResponse overSocket(TestRequest request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            byte[] body = request.bodyBytes();
            StringBuilder head = new StringBuilder(request.method())
                    .append(' ')
                    .append(request.path())
                    .append(request.query().isEmpty() ? "" : "?" + request.query())
                    .append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1\r\nConnection: close\r\n");
            for (HttpHeader h : request.allHeaders()) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String[] lines = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            byte[] responseBody = java.util.Arrays.copyOfRange(all, split + 4, all.length);
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, responseBody);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("No header terminator in response");
    }
}
