package dev.kunai.it.limits;

import static dev.kunai.it.support.ErrorBodies.assertKunaiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.it.support.BooksServer;
import dev.kunai.it.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every request limit, crossed over a real socket against the Books app with its default settings: the
 * status, Kunai's JSON error body, nothing written, and the server still serving afterwards.
 * (The page docs/limits-and-guarantees.md lists these limits; this class is its example test.)
 */
class LimitsTest {

    private static BooksServer server;

    @BeforeAll
    static void start() {
        server = BooksServer.h2(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void nothingWrittenAndStillServing() throws IOException {
        assertThat(server.count("Book")).as("no rejected request wrote a book").isZero();
        assertThat(server.count("Tag")).as("no rejected request wrote a tag").isZero();
        assertStillServing(server.port());
    }

    /** A fresh connection still gets a normal answer. */
    static void assertStillServing(int port) throws IOException {
        RawHttp.Response ok = RawHttp.exchange(port, RawHttp.request("GET", "/api/books/", "", new byte[0]));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.text()).startsWith("[");
    }

    private static RawHttp.Response send(byte[] request) throws IOException {
        return RawHttp.exchange(server.port(), request);
    }

    private static JsonNode assertError(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).startsWith("application/json");
        return assertKunaiError(response.status(), response.body());
    }

    @Test
    void bodyOverOneMebibyteIs413() throws IOException {
        String json = "{\"title\": \"t\", \"tags\": [\"" + "x".repeat(1024 * 1024 + 10) + "\"]}";
        JsonNode body = assertError(send(RawHttp.postJson("/api/books/", json)), 413);
        assertThat(body.get("detail").asText()).isEqualTo("Request body too large (limit 1048576 bytes)");
    }

    @Test
    void chunkedBodyOverTheLimitIs413EvenWithoutContentLength() throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST /api/books/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            request.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(chunk);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertError(send(request.toByteArray()), 413);
    }

    @Test
    void headersOverEightKibibytesAre431() throws IOException {
        assertError(
                send(RawHttp.request("GET", "/api/books/", "X-Big: " + "a".repeat(9 * 1024) + "\r\n", new byte[0])),
                431);
    }

    @Test
    void tooManyHeadersAre431() throws IOException {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            headers.append("X-").append(i).append(": v\r\n");
        }
        assertError(send(RawHttp.request("GET", "/api/books/", headers.toString(), new byte[0])), 431);
    }

    @Test
    void uriOverEightKibibytesIs414() throws IOException {
        assertError(send(RawHttp.request("GET", "/api/books/?q=" + "a".repeat(9 * 1024), "", new byte[0])), 414);
    }

    @Test
    void deeplyNestedJsonIs400NotAStackOverflow() throws IOException {
        for (int depth : new int[] {65, 1_000, 200_000}) {
            String json = "{\"title\": \"t\", \"tags\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
            if (json.length() > 1024 * 1024) {
                json = "{\"title\": \"t\", \"tags\": " + "[".repeat(depth)
                        + "}"; // unclosed: the parser must stop at the limit
            }
            JsonNode body = assertError(send(RawHttp.postJson("/api/books/", json)), 400);
            assertThat(body.get("detail").asText()).as("depth %d", depth).isNotBlank();
        }
        String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertError(send(RawHttp.postJson("/api/books/", objects)), 400);
    }

    @Test
    void hugeNumbersAre400Or422() throws IOException {
        for (String number : new String[] {
            "9".repeat(101),
            "9".repeat(100_000),
            "1e999999999",
            "-1e-999999999",
            "0." + "1".repeat(5_000),
            "123456789012345678901234567890"
        }) {
            RawHttp.Response response =
                    send(RawHttp.postJson("/api/books/", "{\"title\": " + number + ", \"tags\": [" + number + "]}"));
            assertThat(response.status())
                    .as("%s: %s", number.length(), response.text())
                    .isIn(400, 422);
            assertKunaiError(response.status(), response.body());
        }
    }

    @Test
    void tooManyQueryParametersAre400() throws IOException {
        StringBuilder query = new StringBuilder("q=1");
        for (int i = 0; i < 300; i++) {
            query.append("&p").append(i).append('=').append(i);
        }
        JsonNode body = assertError(send(RawHttp.request("GET", "/fixture/echo?" + query, "", new byte[0])), 400);
        assertThat(body.get("detail").asText()).containsIgnoringCase("query");
        RawHttp.Response within = send(RawHttp.request("GET", "/fixture/echo?q=ok&p=1", "", new byte[0]));
        assertThat(within.status()).as(within.text()).isEqualTo(200);
    }

    @Test
    void tooManyMultipartPartsAre413() throws IOException {
        Multipart form = new Multipart();
        for (int i = 0; i < 300; i++) {
            form.field("name", "n" + i);
        }
        form.file("file", "a.txt", new byte[10]);
        assertError(send(form.request("/fixture/upload")), 413);
    }

    @Test
    void uploadedFileOverTenMebibytesIs413() throws IOException {
        Multipart form = new Multipart().field("name", "big").file("file", "big.bin", new byte[10 * 1024 * 1024 + 1]);
        assertError(send(form.request("/fixture/upload")), 413);
        RawHttp.Response ok = send(new Multipart()
                .field("name", "ok")
                .file("file", "ok.bin", new byte[1024])
                .request("/fixture/upload"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.text()).contains("\"size\":1024");
    }

    @Test
    void malformedRequestLinesAndHeadersAre400() throws IOException {
        for (String raw : new String[] {
            "GET /api/books/ HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            "GET /api/%zz/ HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST /api/books/ HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            "POST /api/books/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"
        }) {
            RawHttp.Response response = send(raw.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(response.status()).as("%s -> %s", raw, response.text()).isBetween(400, 499);
            assertKunaiError(response.status(), response.body());
        }
        // An unknown protocol version is answered with the status made for it, 505, still in Kunai's format.
        assertError(send("GET /api/books/ HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)), 505);
    }

    /** Builds a multipart/form-data request by hand (so nothing can stop it from crossing a limit). */
    static final class Multipart {
        private static final String BOUNDARY = "kunai-it-boundary";
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, String fileName, byte[] content) {
            part(
                    "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n",
                    content);
            return this;
        }

        private void part(String headers, byte[] content) {
            body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        byte[] request(String target) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return RawHttp.request(
                    "POST",
                    target,
                    "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n",
                    all.toByteArray());
        }
    }
}
