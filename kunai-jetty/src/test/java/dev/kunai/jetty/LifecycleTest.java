package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.testfixtures.StandardError;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Binding, graceful stop, and timeouts. */
class LifecycleTest extends ServerFixture {

    @Test
    void portZeroBindsAFreePortAndReportsIt() {
        RunningServer server = start(request -> text(200, "ok"));
        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void aTakenPortIsAClearError() {
        RunningServer first = start(request -> text(200, "ok"));
        ServerOptions sameAddress = ServerOptions.builder().port(first.port()).build();
        assertThatThrownBy(() -> JettyServer.create().start(request -> text(200, "ok"), sameAddress))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + first.port());
    }

    @Test
    void invalidOptionsAreRejectedBeforeBinding() {
        assertThatThrownBy(() -> JettyServer.create()
                        .start(
                                request -> text(200, "ok"),
                                ServerOptions.builder().port(70_000).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> JettyServer.create()
                        .start(
                                request -> text(200, "ok"),
                                ServerOptions.builder()
                                        .port(0)
                                        .maxConcurrentRequests(0)
                                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConcurrentRequests");
    }

    @Test
    void gracefulStopFinishesInFlightRequestsThenRefusesConnections() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(20);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        RunningServer server = start(
                request -> {
                    started.incrementAndGet();
                    allStarted.countDown();
                    try {
                        // held until the test has seen the stop begin: in flight by construction, not by timing
                        if (!release.await(30, TimeUnit.SECONDS)) {
                            return text(500, "never released");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return text(500, "interrupted");
                    }
                    finished.incrementAndGet();
                    return text(200, "finished " + request.query());
                },
                options -> options.stopTimeout(Duration.ofSeconds(30)));
        HttpClient client = client();

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(client.sendAsync(get(server, "/work?" + i), BodyHandlers.ofString()));
        }
        assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        awaitRefused(server);
        assertThat(stopping).as("stop() waits for the held handlers").isNotDone();
        assertThat(finished.get()).isZero();
        release.countDown();
        stopping.get(15, TimeUnit.SECONDS);

        // stop() returns after every in-flight handler finished; the client may take a moment to read the answers.
        assertThat(started.get())
                .as("handlers started: only the 20 accepted before the stop")
                .isEqualTo(20);
        assertThat(finished.get())
                .as("handlers finished before stop() returned")
                .isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = responses.get(i).get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as("answer to request %d", i).isEqualTo(200);
            assertThat(response.body()).as("answer to request %d", i).isEqualTo("finished " + i);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aNewRequestOnAKeptAliveConnectionDuringStopGets503Json() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunningServer server = start(request -> {
            handled.add(request.path());
            if (request.path().equals("/busy")) {
                busy.countDown();
                try {
                    // held until the late request has been answered: the stop cannot finish before it
                    if (!release.await(30, TimeUnit.SECONDS)) {
                        return text(500, "never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return text(200, "ok " + request.path());
        });
        try (RawHttp idle = RawHttp.connect(server.port());
                RawHttp inFlight = RawHttp.connect(server.port())) {
            assertThat(idle.send("GET /warm HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                    .isEqualTo(200);
            inFlight.send("GET /busy HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            awaitRefused(server);
            // The stop has begun (no new connections) and cannot end while /busy is held, so the kept-alive
            // connection is still open: its late request reaches the graceful handler and is refused with a 503.
            RawHttp.Response rejected =
                    idle.send("GET /late HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(503);
            assertThat(rejected.header("Content-Type")).contains("application/json");
            assertThat(rejected.text()).isEqualTo("{\"detail\":\"Service Unavailable\"}");
            assertThat(handled).as("the late request never reached the handler").containsExactly("/warm", "/busy");

            release.countDown();
            assertThat(inFlight.read().text()).isEqualTo("ok /busy");
            stopping.get(15, TimeUnit.SECONDS);
        }
    }

    /** Polls (with a deadline) until the server refuses new connections: its stop has begun. */
    private static void awaitRefused(RunningServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                new Socket("127.0.0.1", server.port()).close();
            } catch (java.io.IOException refused) {
                assertThat(refused).isInstanceOf(ConnectException.class);
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("still accepting connections 10 s after stop() began");
    }

    @Test
    void stopGivesUpOnRequestsThatOutliveTheStopTimeout() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        RunningServer server = start(
                request -> {
                    started.countDown();
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return text(200, "too late");
                },
                options -> options.stopTimeout(Duration.ofMillis(500)));

        try (RawHttp raw = RawHttp.connect(server.port())) {
            raw.send("GET /forever HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            long begin = System.nanoTime();
            String log = StandardError.capture(server::stop);
            long tookMillis = (System.nanoTime() - begin) / 1_000_000;
            assertThat(log)
                    .contains("WARN dev.kunai.jetty.JettyServer - Stopped " + server.baseUrl()
                            + " after the stop timeout of 500 ms with requests still running");
            assertThat(tookMillis)
                    .as("stop() is bounded by the stop timeout, not the 30 s handler")
                    .isLessThan(10_000);
            assertThat(raw.closedByServer()).isTrue();
        }
    }

    @Test
    void joinReturnsOnceStopped() throws Exception {
        RunningServer server = start(request -> text(200, "ok"));
        CompletableFuture<Void> joined = new CompletableFuture<>();
        Thread joiner = Thread.ofPlatform().daemon().start(() -> {
            try {
                server.join();
                joined.complete(null);
            } catch (InterruptedException e) {
                joined.completeExceptionally(e);
            }
        });
        // join() has been called and is parked inside the server, not merely not yet reached
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedIn(joiner, JettyRunningServer.class, "join"));
        assertThat(joined).as("join() returned before stop()").isNotDone();
        server.stop();
        joined.get(10, TimeUnit.SECONDS);
    }

    /** Whether {@code thread} is waiting (parked, not running) with {@code type.method} on its stack. */
    private static boolean parkedIn(Thread thread, Class<?> type, String method) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals(type.getName())
                                && frame.getMethodName().equals(method));
    }

    @Test
    void idleTimeoutClosesAnIdleKeepAliveConnection() throws Exception {
        RunningServer server =
                start(request -> text(200, "ok"), options -> options.idleTimeout(Duration.ofMillis(300)));
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                    .isEqualTo(200);
            long begin = System.nanoTime();
            assertThat(raw.closedByServer()).isTrue();
            assertThat((System.nanoTime() - begin) / 1_000_000).isLessThan(8_000);
        }
    }

    @Test
    void idleTimeoutClosesAConnectionThatNeverSendsARequest() throws Exception {
        RunningServer server =
                start(request -> text(200, "ok"), options -> options.idleTimeout(Duration.ofMillis(300)));
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.closedByServer()).isTrue();
        }
    }

    @Test
    void idleTimeoutDoesNotCutOffABusyHandler() throws Exception {
        RunningServer server = start(
                request -> {
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return text(200, "worked a while");
                },
                options -> options.idleTimeout(Duration.ofMillis(300)));
        try (RawHttp raw = RawHttp.connect(server.port())) {
            var response = raw.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("worked a while");
        }
    }

    @Test
    void idleTimeoutBoundsASlowRequestBody() throws Exception {
        RunningServer server = start(
                request -> {
                    try {
                        return text(200, "read " + request.body().readAllBytes().length);
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                options -> options.idleTimeout(Duration.ofMillis(300)));
        try (RawHttp raw = RawHttp.connect(server.port())) {
            // Promises 100 bytes, sends 5, then stalls.
            raw.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhello");
            RawHttp.Response response = raw.read();
            assertThat(response.status()).isEqualTo(408);
            assertThat(response.header("Content-Type")).contains("application/json");
            assertThat(response.text()).isEqualTo("{\"detail\":\"Request Timeout\"}");
        }
    }
}
