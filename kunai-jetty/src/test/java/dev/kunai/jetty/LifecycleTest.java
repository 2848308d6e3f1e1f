package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerOptions;
import dev.kunai.testing.StandardError;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        RunningServer server = start(
                request -> {
                    allStarted.countDown();
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return text(500, "interrupted");
                    }
                    finished.incrementAndGet();
                    return text(200, "finished " + request.query());
                },
                options -> options.stopTimeout(Duration.ofSeconds(10)));
        HttpClient client = client();

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(client.sendAsync(get(server, "/work?" + i), BodyHandlers.ofString()));
        }
        assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();

        server.stop();

        // stop() returns after every in-flight handler finished; the client may take a moment to read the answers.
        assertThat(finished.get())
                .as("handlers finished before stop() returned")
                .isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = responses.get(i).get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("finished " + i);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aNewRequestOnAKeptAliveConnectionDuringStopGets503Json() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        RunningServer server = start(request -> {
            if (request.path().equals("/busy")) {
                busy.countDown();
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return text(200, "ok");
        });
        try (RawHttp idle = RawHttp.connect(server.port());
                RawHttp inFlight = RawHttp.connect(server.port())) {
            assertThat(idle.send("GET /warm HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                    .isEqualTo(200);
            inFlight.send("GET /busy HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            Thread.sleep(200);
            // Jetty may already have closed the idle connection (it closes idle ones during a graceful stop);
            // if it still answers the late request, the answer must be a 503 in Kunai's JSON format.
            try {
                var rejected =
                        idle.send("GET /late HTTP/1.1\r\nHost: x\r\n\r\n").read();
                assertThat(rejected.status()).isEqualTo(503);
                assertThat(rejected.header("Content-Type")).contains("application/json");
                assertThat(rejected.text()).isEqualTo("{\"detail\":\"Service Unavailable\"}");
            } catch (java.io.IOException closedByTheStop) {
                assertThat(closedByTheStop).isInstanceOfAny(java.io.EOFException.class, java.net.SocketException.class);
            }
            assertThat(inFlight.read().text()).isEqualTo("ok");
            stopping.get(15, TimeUnit.SECONDS);
        }
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
        CompletableFuture<Void> joined = CompletableFuture.runAsync(() -> {
            try {
                server.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(100);
        assertThat(joined).isNotDone();
        server.stop();
        joined.get(10, TimeUnit.SECONDS);
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
