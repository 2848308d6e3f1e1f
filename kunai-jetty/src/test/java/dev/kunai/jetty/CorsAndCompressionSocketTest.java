package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.compression.Compression;
import dev.kunai.cors.Cors;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.server.RunningServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** CORS and gzip over a real socket: the same answers as in-process. */
class CorsAndCompressionSocketTest extends ServerFixture {

    @Controller("notes")
    public static class NoteController {
        @Get("")
        public List<String> list() {
            return IntStream.range(0, 200).mapToObj(i -> "note number " + i).toList();
        }

        @Post("")
        public Map<String, String> create() {
            return Map.of("ok", "yes");
        }
    }

    private RunningServer server() {
        return start(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(NoteController.class)
                        .build())
                .middleware(Cors.builder()
                        .allowOrigins("https://app.example.com")
                        .allowHeaders("Content-Type")
                        .maxAge(Duration.ofSeconds(30))
                        .build())
                .middleware(Compression.gzip(512))
                .build());
    }

    @Test
    void preflightOverTheSocket() throws Exception {
        RunningServer server = server();
        try (RawHttp http = RawHttp.connect(server.port())) {
            RawHttp.Response ok = http.send("OPTIONS /api/notes/ HTTP/1.1\r\nHost: x\r\n"
                            + "Origin: https://app.example.com\r\nAccess-Control-Request-Method: POST\r\n"
                            + "Access-Control-Request-Headers: content-type\r\n\r\n")
                    .read();
            assertThat(ok.status()).isEqualTo(204);
            assertThat(ok.header("Access-Control-Allow-Origin")).contains("https://app.example.com");
            assertThat(ok.header("Access-Control-Allow-Methods")).contains("GET, HEAD, POST");
            assertThat(ok.header("Access-Control-Allow-Headers")).contains("content-type");
            assertThat(ok.header("Access-Control-Max-Age")).contains("30");
            RawHttp.Response evil = http.send("OPTIONS /api/notes/ HTTP/1.1\r\nHost: x\r\n"
                            + "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n")
                    .read();
            assertThat(evil.header("Access-Control-Allow-Origin")).isEmpty();
            assertThat(evil.headers()).anyMatch(h -> h[0].equalsIgnoreCase("Vary") && h[1].equals("Origin"));
        }
    }

    @Test
    void gzipOverTheSocket() throws Exception {
        RunningServer server = server();
        var client = client();
        HttpResponse<byte[]> plain = client.send(get(server, "/api/notes/"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = client.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/notes/"))
                        .header("Accept-Encoding", "gzip")
                        .header("Origin", "https://app.example.com")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example.com");
        assertThat(zipped.headers().firstValue("Content-Length")).contains(Integer.toString(zipped.body().length));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(new String(unzipped, StandardCharsets.UTF_8))
                .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }
}
