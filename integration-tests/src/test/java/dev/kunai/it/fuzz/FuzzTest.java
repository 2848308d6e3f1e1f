package dev.kunai.it.fuzz;

import static dev.kunai.it.support.ErrorBodies.assertKunaiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.it.support.BooksServer;
import dev.kunai.it.support.RawHttp;
import dev.kunai.json.Json;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Hostile input against the Books app: generated requests through the in-process {@link TestClient} and a
 * sample over real sockets. Invariants for every request: never a 5xx; every error body is Kunai's JSON
 * format with a {@code detail} and no stack trace or internal name; and only an accepted create (201)
 * adds rows: after each request the database holds exactly the books and tags of the 201s so far.
 *
 * <p>Each in-process property runs {@code jqwik.tries.default} tries (CI: 2,500 × 11 = 27,500 requests;
 * {@code -Dkunai.fuzz.full=true}: 12,500 × 11 = 137,500), plus 2,000 over sockets. A summary goes to
 * {@code target/fuzz-summary.txt}.
 */
class FuzzTest {

    private static final LongAdder IN_PROCESS = new LongAdder();
    private static final LongAdder OVER_SOCKETS = new LongAdder();
    private static final LongAdder SERVER_ERRORS = new LongAdder();
    private static final LongAdder ACCEPTED = new LongAdder();
    private static final LongAdder REJECTED = new LongAdder();
    private static final LongAdder CREATED = new LongAdder();

    /** Tries of the socket property ({@link #sampleOverRealSockets}). */
    private static final int SOCKET_TRIES = 2_000;

    private static int triesPerProperty;
    private static long inProcessBefore;
    private static long overSocketsBefore;

    private static BooksServer server;
    private static TestClient client;
    private static long books;
    private static long tags;

    @BeforeContainer
    static void start() {
        // Without the property jqwik would silently run its default 1,000 tries: the counts below would lie.
        triesPerProperty = Integer.parseInt(Objects.requireNonNull(
                System.getProperty("jqwik.tries.default"),
                "jqwik.tries.default is not set: run through Maven (integration-tests/pom.xml sets it)"));
        server = BooksServer.h2(Map.of());
        client = TestClient.of(server.dispatcher());
    }

    @AfterContainer
    static void report() throws IOException {
        String summary =
                "Fuzz: " + IN_PROCESS.sum() + " requests in process + " + OVER_SOCKETS.sum() + " over sockets; "
                        + SERVER_ERRORS.sum() + " 5xx; " + ACCEPTED.sum() + " accepted (2xx), " + REJECTED.sum()
                        + " rejected (4xx); "
                        + server.count("Book") + " books and " + server.count("Tag") + " tags in the database"
                        + " (tries per in-process property: "
                        + System.getProperty("jqwik.tries.default", "jqwik default") + ")";
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-summary.txt"), summary + System.lineSeparator());
        long created = CREATED.sum();
        long stored = server.count("Book");
        server.close();
        assertThat(OVER_SOCKETS.sum()).as(summary).isEqualTo(SOCKET_TRIES);
        assertThat(IN_PROCESS.sum() % triesPerProperty).as(summary).isZero();
        assertThat(IN_PROCESS.sum()).as(summary).isGreaterThanOrEqualTo(8L * triesPerProperty);
        assertThat(created)
                .as("some fuzzed creates are valid and accepted: " + summary)
                .isPositive();
        assertThat(stored).as("every accepted create is stored: " + summary).isEqualTo(created);
    }

    @BeforeProperty
    void countFromHere() {
        inProcessBefore = IN_PROCESS.sum();
        overSocketsBefore = OVER_SOCKETS.sum();
    }

    /** Each property sent exactly its tries as requests: in process {@code jqwik.tries.default}, over sockets 2,000. */
    @AfterProperty
    void everyTrySentOneRequest() {
        long inProcess = IN_PROCESS.sum() - inProcessBefore;
        long overSockets = OVER_SOCKETS.sum() - overSocketsBefore;
        if (overSockets == 0) {
            assertThat(inProcess)
                    .as("requests sent in process by this property")
                    .isEqualTo(triesPerProperty);
        } else {
            assertThat(overSockets)
                    .as("requests sent over sockets by this property")
                    .isEqualTo(SOCKET_TRIES);
            assertThat(inProcess)
                    .as("in-process requests of the socket property")
                    .isZero();
        }
    }

    @Property
    void randomJsonBodies(@ForAll("anyJson") String json, @ForAll("contentTypes") String contentType) {
        check(TestRequest.of("POST", "/api/books/").body(json.getBytes(StandardCharsets.UTF_8), contentType));
    }

    @Property
    void wrongTypes(@ForAll("wrongTypes") String json) {
        check(TestRequest.of("POST", "/api/books/").json(json));
    }

    @Property
    void mutatedBodies(@ForAll("mutated") byte[] body) {
        check(TestRequest.of("POST", "/api/books/").body(body, "application/json"));
    }

    @Property
    void invalidUtf8AndRawBytes(
            @ForAll("rawBytes") byte[] body,
            @ForAll("contentTypes") String contentType,
            @ForAll("targets") String target) {
        check(TestRequest.of("POST", target).body(body, contentType));
    }

    @Property
    void hugeNumbers(@ForAll("numbers") String number, @ForAll("numberShapes") String shape) {
        check(TestRequest.of("POST", "/api/books/").json(shape.replace("N", number)));
    }

    @Property
    void oddPathsAndPercentEncodings(@ForAll("methods") String method, @ForAll("paths") String path) {
        check(TestRequest.of(method, path));
    }

    @Property
    void repeatedAndMalformedQueryStrings(@ForAll("queryTargets") String target, @ForAll("queries") String query) {
        check(TestRequest.of("GET", target + "?" + query));
    }

    @Property
    void headerJunk(
            @ForAll("headers") List<String[]> headers,
            @ForAll("methods") String method,
            @ForAll("targets") String target,
            @ForAll("wrongTypes") String json) {
        TestRequest request = TestRequest.of(method, target).json(json);
        for (String[] h : headers) {
            request.header(h[0], h[1]);
        }
        check(request);
    }

    @Property
    void nonJsonMediaTypesOnTheJsonCreate(@ForAll("httpNonJsonMediaTypes") String contentType) {
        byte[] book = "{\"title\":\"Media\",\"tags\":[\"x\"]}".getBytes(StandardCharsets.UTF_8);
        check(TestRequest.of("POST", "/api/books/").body(book, contentType));
    }

    @Property
    void encodedLiteralPaths(@ForAll("httpEncodedBooksPaths") String path, @ForAll("methods") String method) {
        check(TestRequest.of(method, path));
    }

    @Property
    void multipartWithEmptyParts(@ForAll("httpEmptyParts") byte[] body) {
        check(TestRequest.of("POST", "/fixture/upload").body(body, "multipart/form-data; boundary=B"));
    }

    @Provide
    Arbitrary<String> httpNonJsonMediaTypes() {
        return HttpShapes.nonJsonMediaType();
    }

    @Provide
    Arbitrary<String> httpEncodedBooksPaths() {
        return HttpShapes.encodedBooksPath();
    }

    @Provide
    Arbitrary<byte[]> httpEmptyParts() {
        return HttpShapes.multipartWithEmptyParts();
    }

    @Property(tries = SOCKET_TRIES)
    void sampleOverRealSockets(@ForAll("socketRequests") byte[] request) throws IOException {
        RawHttp.Response response = RawHttp.exchange(server.port(), request);
        OVER_SOCKETS.increment();
        verify(
                response.status(),
                response.body(),
                new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1));
    }

    private static void check(TestRequest request) {
        TestResponse response = client.send(request);
        IN_PROCESS.increment();
        verify(
                response.status(),
                response.body(),
                request.method() + " " + request.path() + "?" + request.query() + " " + request.allHeaders() + " "
                        + new String(request.bodyBytes(), StandardCharsets.UTF_8));
    }

    /** The invariants, for one response. */
    private static synchronized void verify(int status, byte[] body, String request) {
        if (status >= 500) {
            SERVER_ERRORS.increment();
        }
        assertThat(status)
                .as("never a 5xx: %s -> %s", request, new String(body, StandardCharsets.UTF_8))
                .isLessThan(500);
        if (status >= 400) {
            REJECTED.increment();
            assertKunaiError(status, body);
        } else {
            ACCEPTED.increment();
            if (status == 201) {
                CREATED.increment();
                books++;
                try {
                    tags += Json.mapper().readTree(body).get("tags").size();
                } catch (IOException e) {
                    throw new AssertionError("201 body is not JSON", e);
                }
            }
        }
        long actualBooks = server.count("Book");
        long actualTags = server.count("Tag");
        long expectedBooks = books;
        long expectedTags = tags;
        books = actualBooks; // re-synchronize, so one mismatch fails one request only
        tags = actualTags;
        assertThat(actualBooks)
                .as(
                        "books = accepted creates, after %s -> %d %s",
                        request, status, new String(body, StandardCharsets.UTF_8))
                .isEqualTo(expectedBooks);
        assertThat(actualTags)
                .as("tags = tags of accepted creates, after %s -> %d", request, status)
                .isEqualTo(expectedTags);
    }

    @Provide
    Arbitrary<String> anyJson() {
        return Hostile.json(4);
    }

    @Provide
    Arbitrary<String> wrongTypes() {
        return Hostile.bookWithWrongTypes();
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Hostile.mutatedBook();
    }

    @Provide
    Arbitrary<byte[]> rawBytes() {
        return Hostile.rawBytes();
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Hostile.contentType();
    }

    @Provide
    Arbitrary<String> numbers() {
        return Hostile.number();
    }

    @Provide
    Arbitrary<String> numberShapes() {
        return Arbitraries.of(
                "{\"title\":N}",
                "{\"title\":\"t\",\"tags\":[N]}",
                "{\"title\":\"t\",\"tags\":N}",
                "N",
                "{\"title\":\"t\",\"N\":N}",
                "[N]",
                "{\"title\":\"t\",\"tags\":[\"a\"],\"id\":N}");
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.oneOf(
                Arbitraries.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"),
                Arbitraries.strings().withChars("ABCXget-_").ofMinLength(1).ofMaxLength(8));
    }

    @Provide
    Arbitrary<String> paths() {
        return Hostile.path();
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "/api/books/",
                        "/fixture/upload",
                        "/fixture/echo?q=1",
                        "/fixture/slow-body?ms=0",
                        "/api/books",
                        "/api/openapi.json"),
                Hostile.path());
    }

    @Provide
    Arbitrary<String> queryTargets() {
        return Arbitraries.of("/fixture/echo", "/fixture/many", "/fixture/slow", "/api/books/", "/api/docs");
    }

    @Provide
    Arbitrary<String> queries() {
        return Hostile.query();
    }

    @Provide
    Arbitrary<List<String[]>> headers() {
        return Hostile.headers();
    }

    /** Whole requests for the socket sample: each kind of hostile input above, as bytes on the wire. */
    @Provide
    Arbitrary<byte[]> socketRequests() {
        Arbitrary<byte[]> json = Arbitraries.oneOf(Hostile.json(3), Hostile.bookWithWrongTypes())
                .map(j -> RawHttp.postJson("/api/books/", j));
        Arbitrary<byte[]> mutated = Hostile.mutatedBook()
                .map(b -> RawHttp.request("POST", "/api/books/", "Content-Type: application/json\r\n", b));
        Arbitrary<byte[]> raw = Hostile.rawBytes()
                .map(b -> RawHttp.request("POST", "/api/books/", "Content-Type: application/json\r\n", b));
        Arbitrary<byte[]> path =
                Hostile.path().filter(p -> !p.contains(" ")).map(p -> RawHttp.request("GET", p, "", new byte[0]));
        Arbitrary<byte[]> query = Hostile.query()
                .filter(q -> !q.contains(" ") && !q.contains("#"))
                .map(q -> RawHttp.request("GET", "/fixture/many?" + q, "", new byte[0]));
        Arbitrary<byte[]> junkHeaders = Hostile.headers().map(hs -> {
            StringBuilder lines = new StringBuilder();
            for (String[] h : hs) {
                lines.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
            return RawHttp.request("GET", "/api/books/", lines.toString(), new byte[0]);
        });
        return Arbitraries.oneOf(json, mutated, raw, path, query, junkHeaders);
    }
}
