package dev.kunai.examples.books.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.RunningApp;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.Status;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-process client and the real server give the same status, the same header list (names, values, order
 * and repeats, compared both ways) and the same body bytes for the same request, over every kind of response.
 * Only the socket may add the transport's own headers, {@link #TRANSPORT_ONLY}.
 */
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
                .mount(
                        "/parity/",
                        KunaiApi.builder()
                                .controllers(ParityController.class)
                                .exceptionHandler(
                                        ParityController.Boom.class,
                                        (e, context) -> Status.of(418, Map.of("detail", "Handled: " + e.getMessage())))
                                .build())
                .start(ServerOptions.builder().port(0).build());
        inProcess = TestClient.of(app.dispatcher());
        inProcess.post("/api/books/", "{\"title\": \"Parity\", \"tags\": [\"a\", \"b\"]}");
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /**
     * The transport's own headers, left out of the list comparison: the date, the {@code Connection: close} this
     * test asks for, and the body's framing (checked on its own against the body's length).
     */
    static final Set<String> TRANSPORT_ONLY = Set.of("date", "connection", "content-length", "transfer-encoding");

    @Test
    void sameBytesForEveryKindOfResponse() throws Exception {
        assertSame(TestRequest.of("GET", "/api/books/"));
        assertSame(TestRequest.of("HEAD", "/api/books/"));
        assertSame(TestRequest.of("POST", "/api/books/").json("{\"title\": 1, \"tags\": [null]}")); // 422
        assertSame(TestRequest.of("POST", "/api/books/").json("{nope"));
        assertSame(TestRequest.of("DELETE", "/api/books/")); // 405
        assertSame(TestRequest.of("GET", "/api/missing"));
        assertSame(TestRequest.of("GET", "/api/openapi.json"));
        assertSame(TestRequest.of("GET", "/api/docs"));
        assertSame(TestRequest.of("GET", "/api/books/page?search=par&tag=a&ordering=-title&limit=1"));
        assertSame(TestRequest.of("GET", "/api/books/page?limit=0&ordering=nope"));
        assertSame(TestRequest.of("GET", "/api/books/cursor?cursor=forged.AAAA"));
        byte[] huge = ("{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertSame(TestRequest.of("POST", "/api/books/").body(huge, "application/json")); // 413
        // a JSON operation sent text/plain: whatever the answer (422 today, 415 once media types are checked), the
        // same on both sides; the body is invalid so that no book is created either way
        assertSame(TestRequest.of("POST", "/api/books/")
                .body("{\"title\": 1}".getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertSame(TestRequest.of("GET", "/parity/items/1"));
        assertSame(TestRequest.of("GET", "/parity/items/2")); // Optional.empty(): 404
        assertSame(TestRequest.of("POST", "/parity/upload")
                .multipart(List.of(
                        TestRequest.Part.field("name", "report"),
                        TestRequest.Part.file("file", "r.bin", "application/octet-stream", new byte[4096]))));
        assertSame(TestRequest.of("GET", "/parity/stream"));
        assertSame(TestRequest.of("GET", "/parity/boom")); // from the exception handler
        assertSame(TestRequest.of("GET", "/parity/repeated"));
    }

    @Test
    void aCreateIsA201WithTheSameHeadersAndTheSameBodyButItsIds() throws Exception {
        TestRequest create = TestRequest.of("POST", "/api/books/").json("{\"title\": \"Twice\", \"tags\": [\"x\"]}");
        TestResponse expected = inProcess.send(create);
        RawResponse actual = overSocket(create);
        assertThat(expected.status()).isEqualTo(201);
        assertThat(actual.status).isEqualTo(201);
        // each request created its own book and tag, so only the ids (and so the length) differ
        String ids = "\"id\":\\d+";
        assertThat(new String(actual.body, StandardCharsets.UTF_8).replaceAll(ids, "\"id\":0"))
                .isEqualTo(new String(expected.body(), StandardCharsets.UTF_8).replaceAll(ids, "\"id\":0"));
        assertThat(socketOnly(actual.headers)).isEqualTo(socketOnly(inProcessHeaders(expected)));
    }

    private static void assertSame(TestRequest request) throws Exception {
        TestResponse expected = inProcess.send(request);
        RawResponse actual = overSocket(request);
        String what = request.method() + " " + request.path();
        assertThat(actual.status).as(what).isEqualTo(expected.status());
        assertThat(actual.body).as("body of " + what).isEqualTo(expected.body());
        // both ways: every header the in-process client sees, and nothing more, in the same order and repeats
        assertThat(socketOnly(actual.headers))
                .as("headers of %s (socket) vs in process", what)
                .isEqualTo(socketOnly(inProcessHeaders(expected)));
        long length = request.method().equals("HEAD")
                ? Long.parseLong(expected.header("Content-Length").orElseThrow())
                : expected.body().length;
        if (actual.headers.stream().anyMatch(line -> line.startsWith("content-length:"))) {
            assertThat(actual.headers).as("framing of " + what).contains("content-length: " + length);
        } else {
            // a streamed body of unknown length: delimited by the close this test asked for, and complete
            assertThat(actual.headers).as("framing of " + what).contains("connection: close");
            assertThat(actual.body).as("streamed body of " + what).hasSize((int) length);
        }
    }

    /** The in-process response's headers as {@code name: value} lines, names in lower case. */
    private static List<String> inProcessHeaders(TestResponse response) {
        List<String> lines = new ArrayList<>();
        for (HttpHeader header : response.headers()) {
            lines.add(header.name().toLowerCase(Locale.ROOT) + ": " + header.value());
        }
        return lines;
    }

    /** Header lines without the transport's own. */
    private static List<String> socketOnly(List<String> lines) {
        return lines.stream()
                .filter(line -> !TRANSPORT_ONLY.contains(line.substring(0, line.indexOf(':'))))
                .toList();
    }

    private static List<String> withoutLength(List<String> lines) {
        return lines.stream()
                .filter(line -> !line.startsWith("content-length:"))
                .toList();
    }

    /** A response read off the socket; headers as {@code name: value} lines in arrival order, names in lower case. */
    private record RawResponse(int status, List<String> headers, byte[] body) {}

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
            out.flush();
            // The body goes out on its own thread while this one reads: a server that answers before the body is
            // read (413) stops reading, and the rest of the body then cannot be written (broken pipe).
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (java.io.IOException answeredEarly) {
                    // the answer is read below and compared like any other
                }
            });
            byte[] all = socket.getInputStream().readAllBytes();
            writer.join();
            int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String[] lines = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(lines[i].substring(0, colon).toLowerCase(Locale.ROOT) + ": "
                        + lines[i].substring(colon + 1).strip());
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
