package dev.kunai.it.limits;

import static dev.kunai.it.support.ErrorBodies.assertKunaiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.it.support.BooksServer;
import dev.kunai.it.support.RawHttp;
import dev.kunai.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Idle, slow and stuck clients against the Books app with {@code server.idle-timeout=2}: idle connections are
 * closed, a body that stops arriving is a 408, and clients that trickle or never read delay no one else.
 */
class SlowClientsTest {

    private static final Duration IDLE = Duration.ofSeconds(2);
    private static BooksServer server;

    @BeforeAll
    static void start() {
        server = BooksServer.h2(Map.of("server.idle-timeout", "2"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void idleConnectionsAreClosedAfterTheIdleTimeout() throws IOException {
        try (RawHttp silent = RawHttp.connect(server.port(), IDLE.multipliedBy(5))) {
            long start = System.nanoTime();
            assertThat(silent.closedByServer())
                    .as("a connection that sends nothing is closed")
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(IDLE.multipliedBy(5));
        }
        try (RawHttp keepAlive = RawHttp.connect(server.port(), IDLE.multipliedBy(5))) {
            keepAlive.send(RawHttp.request("GET", "/api/books/", "", new byte[0]));
            assertThat(keepAlive.read().status()).isEqualTo(200);
            assertThat(keepAlive.closedByServer())
                    .as("an idle keep-alive connection is closed")
                    .isTrue();
        }
        LimitsTest.assertStillServing(server.port());
    }

    @Test
    void aBodyThatStopsArrivingIsA4xxAndWritesNothing() throws IOException {
        long books = server.count("Book");
        try (RawHttp stalled = RawHttp.connect(server.port(), IDLE.multipliedBy(5))) {
            byte[] head = ("POST /api/books/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"title\": \"sta")
                    .getBytes(StandardCharsets.US_ASCII);
            stalled.send(head);
            RawHttp.Response response = stalled.read();
            // Answered within the idle timeout: the handler had started (headers complete) and its body read timed
            // out, which the pipeline answers 408 (a body that ends early, by the client closing, is a 400).
            assertThat(response.status()).as(response.text()).isEqualTo(408);
            assertKunaiError(response.status(), response.body());
            assertThat(response.text()).isEqualTo("{\"detail\":\"Request Timeout\"}");
        }
        assertThat(server.count("Book")).isEqualTo(books);
        LimitsTest.assertStillServing(server.port());
    }

    @Test
    void headersThatStopArrivingAreDropped() throws IOException {
        try (RawHttp stalled = RawHttp.connect(server.port(), IDLE.multipliedBy(5))) {
            stalled.send("GET /api/books/ HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            // No request exists until its headers are complete, so there is nothing to answer: Jetty closes the
            // connection at the idle timeout without a response (the first byte read is the end of the stream).
            assertThat(stalled.closedByServer())
                    .as("closed without an answer before the 10 s read timeout")
                    .isTrue();
        }
        LimitsTest.assertStillServing(server.port());
    }

    @Test
    void tricklingAndNonReadingClientsDelayNoOne() throws Exception {
        // Large list responses, so a client that never reads fills its socket buffers and blocks the server's write.
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 100; i++) {
            var created = client.send(
                    post("{\"title\": \"" + "w".repeat(250) + i + "\", \"tags\": [\"a\", \"b\"]}"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
        }
        long booksBefore = server.count("Book");

        int trickling = 100;
        long trickleNanosPerByte =
                TimeUnit.MILLISECONDS.toNanos(100); // far inside the 2 s idle timeout, on a busy machine too
        // Each trickler's body ends in whitespace it trickles for as long as the ordinary clients run (up to 60 s),
        // then sends the rest at once: it is mid-body while they are served, by construction rather than by timing.
        int padding = 600;
        CountDownLatch tricklersSending = new CountDownLatch(trickling);
        CountDownLatch neverReadsSending = new CountDownLatch(1);
        CountDownLatch ordinaryDone = new CountDownLatch(1);
        AtomicInteger ranOutOfBody = new AtomicInteger();
        // Platform threads for the clients: the server's own (virtual) threads share this JVM's two carriers.
        try (ExecutorService threads = Executors.newCachedThreadPool()) {
            List<Future<RawHttp.Response>> tricklers = new ArrayList<>();
            for (int i = 0; i < trickling; i++) {
                byte[] json = ("{\"title\": \"slow client number " + (1000 + i) + "\", \"tags\": [\"trickled\"]}"
                                + " ".repeat(padding))
                        .getBytes(StandardCharsets.US_ASCII);
                tricklers.add(threads.submit(() -> {
                    try (RawHttp slow = RawHttp.connect(server.port(), Duration.ofSeconds(30))) {
                        slow.send(("POST /api/books/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: " + json.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        tricklersSending.countDown();
                        int sent = 0;
                        while (sent < json.length - 1 && ordinaryDone.getCount() > 0) {
                            TimeUnit.NANOSECONDS.sleep(trickleNanosPerByte);
                            slow.send(new byte[] {json[sent++]});
                        }
                        if (ordinaryDone.getCount() > 0) {
                            ranOutOfBody.incrementAndGet(); // the ordinary clients outlasted this body
                        }
                        slow.send(java.util.Arrays.copyOfRange(json, sent, json.length));
                        return slow.read();
                    }
                }));
            }
            RawHttp neverReads = RawHttp.connect(server.port(), Duration.ofSeconds(30));
            // Its outcome is not awaited: the server may close this connection (or the send block) at any point.
            var unused = threads.submit(() -> {
                byte[] get = RawHttp.request("GET", "/api/books/", "", new byte[0]);
                for (int i = 0; i < 400; i++) {
                    neverReads.send(get); // pipelined, never read
                    neverReadsSending.countDown();
                }
                return null;
            });
            assertThat(tricklersSending.await(30, TimeUnit.SECONDS))
                    .as("every trickler connected and sent its head")
                    .isTrue();
            assertThat(neverReadsSending.await(30, TimeUnit.SECONDS)).isTrue();

            // Meanwhile, ten ordinary clients make 5 requests each and are served normally while every trickler
            // is still sending its body. (A fresh connection each: the 2 s idle timeout may close a pooled one.)
            List<Future<Integer>> normal = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                normal.add(threads.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 5; i++) {
                        RawHttp.Response r =
                                RawHttp.exchange(server.port(), RawHttp.request("GET", "/api/books/", "", new byte[0]));
                        ok += r.status() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : normal) {
                assertThat(f.get()).isEqualTo(5);
            }
            ordinaryDone.countDown();

            for (int i = 0; i < trickling; i++) {
                RawHttp.Response created = tricklers.get(i).get();
                assertThat(created.status())
                        .as("trickler %d, a slow but steady client, is served: %s", i, created.text())
                        .isEqualTo(201);
                assertThat(Json.mapper().readTree(created.body()).get("title").asText())
                        .as("the answer on trickler %d's connection is its own book", i)
                        .isEqualTo("slow client number " + (1000 + i));
            }
            assertThat(ranOutOfBody.get())
                    .as("tricklers that had sent their whole body before the ordinary clients were done")
                    .isZero();
            neverReads.close();
        }
        assertThat(server.count("Book")).isEqualTo(booksBefore + trickling);
        LimitsTest.assertStillServing(server.port());
    }

    private static HttpRequest post(String json) {
        return HttpRequest.newBuilder(server.uri("/api/books/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
