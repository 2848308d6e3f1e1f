package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.compression.Compression;
import dev.kunai.cors.Cors;
import dev.kunai.http.HttpHeader;
import dev.kunai.param.Body;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/cors-and-compression.md, in-process (kunai-jetty repeats it over a socket). */
class CorsAndCompressionGuideTest {

    // --- example start
    @Controller("notes")
    public static class NoteController {
        @Get("")
        public List<String> list() {
            return IntStream.range(0, 200).mapToObj(i -> "note number " + i).toList();
        }

        @Post("")
        public Map<String, String> create(@Body Map<String, String> note) {
            return note;
        }

        @Delete("{id}")
        public void delete(int id) {}
    }

    static Dispatcher app() {
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(NoteController.class)
                        .build())
                .middleware(Cors.builder()
                        .allowOrigins("https://app.example.com")
                        .allowHeaders("Content-Type", "Authorization")
                        .allowCredentials(true)
                        .maxAge(Duration.ofMinutes(10))
                        .build())
                .middleware(Compression.gzip()) // JSON bodies of 1 KiB or more, when the client accepts gzip
                .build();
    }
    // --- example end

    static final TestClient CLIENT = TestClient.of(app());

    static TestResponse preflight(String origin, String path, String method) {
        return CLIENT.send(TestRequest.of("OPTIONS", path)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type, x-secret"));
    }

    @Test
    void aPreflightIsAnsweredFromTheRoutersMethodsForThePath() {
        TestResponse ok = preflight("https://app.example.com", "/api/notes/", "POST");
        assertThat(ok.status()).isEqualTo(204);
        assertThat(ok.header("Access-Control-Allow-Origin")).contains("https://app.example.com");
        assertThat(ok.header("Access-Control-Allow-Methods")).contains("GET, HEAD, POST");
        assertThat(ok.header("Access-Control-Allow-Headers")).contains("content-type");
        assertThat(ok.header("Access-Control-Allow-Credentials")).contains("true");
        assertThat(ok.header("Access-Control-Max-Age")).contains("600");
        assertThat(ok.headers()).contains(new HttpHeader("Vary", "Origin"));
        TestResponse delete = preflight("https://app.example.com", "/api/notes/7", "DELETE");
        assertThat(delete.header("Access-Control-Allow-Methods")).contains("DELETE");
        TestResponse wrongMethod = preflight("https://app.example.com", "/api/notes/7", "PUT");
        assertThat(wrongMethod.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight("https://app.example.com", "/api/nothing", "GET").status())
                .isEqualTo(404);
    }

    @Test
    void aDisallowedOriginGetsNoCorsHeaders() {
        TestResponse preflight = preflight("https://evil.example", "/api/notes/", "POST");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEmpty();
        TestResponse get = CLIENT.send(TestRequest.of("GET", "/api/notes/").header("Origin", "https://evil.example"));
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(get.headers()).contains(new HttpHeader("Vary", "Origin"));
    }

    @Test
    void anAllowedOriginsActualRequestCarriesTheHeaders() {
        TestResponse created = CLIENT.send(TestRequest.of("POST", "/api/notes/")
                .header("Origin", "https://app.example.com")
                .json(Map.of("text", "hi")));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("Access-Control-Allow-Origin")).contains("https://app.example.com");
        assertThat(CLIENT.get("/api/notes/").header("Access-Control-Allow-Origin"))
                .isEmpty(); // no Origin
    }

    @Test
    void largeJsonIsGzippedOnlyWhenAccepted() throws IOException {
        TestResponse plain = CLIENT.get("/api/notes/");
        assertThat(plain.header("Content-Encoding")).isEmpty();
        assertThat(plain.headers()).contains(new HttpHeader("Vary", "Accept-Encoding"));
        TestResponse gzipped =
                CLIENT.send(TestRequest.of("GET", "/api/notes/").header("Accept-Encoding", "br, gzip;q=0.8"));
        assertThat(gzipped.header("Content-Encoding")).contains("gzip");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(plain.text());
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        TestResponse refused =
                CLIENT.send(TestRequest.of("GET", "/api/notes/").header("Accept-Encoding", "gzip;q=0, *"));
        assertThat(refused.header("Content-Encoding")).isEmpty();
        TestResponse small = CLIENT.send(TestRequest.of("POST", "/api/notes/")
                .header("Accept-Encoding", "gzip")
                .json(Map.of("text", "hi")));
        assertThat(small.header("Content-Encoding")).isEmpty();
    }
}
