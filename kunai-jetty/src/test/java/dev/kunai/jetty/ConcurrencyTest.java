package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.kunai.server.RunningServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Keep-alive, many clients at once, slow handlers, and the concurrency cap. */
class ConcurrencyTest extends ServerFixture {

    @Test
    void keepAliveServesManySequentialRequestsOnOneSocket() throws Exception {
        RunningServer server = start(request -> text(200, "n=" + request.query()));

        try (RawHttp raw = RawHttp.connect(server.port())) {
            for (int i = 0; i < 200; i++) {
                var response = raw.send("GET /count?" + i + " HTTP/1.1\r\nHost: x\r\n\r\n")
                        .read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.text()).isEqualTo("n=" + i);
                assertThat(response.header("Connection")).isEmpty();
            }
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        RunningServer server = start(request -> text(200, request.path()));
        try (RawHttp raw = RawHttp.connect(server.port())) {
            raw.send(
                    "GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\nGET /three HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(raw.read().text()).isEqualTo("/one");
            assertThat(raw.read().text()).isEqualTo("/two");
            assertThat(raw.read().text()).isEqualTo("/three");
        }
    }

    @Test
    void servesFiveHundredConcurrentClients() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        RunningServer server = start(request -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return text(200, "hello " + request.query());
        });
        HttpClient client = client();

        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 500; i++) {
                String query = "client=" + i;
                responses.add(
                        clients.submit(() -> client.send(get(server, "/hello?" + query), BodyHandlers.ofString())));
            }
            for (int i = 0; i < 500; i++) {
                HttpResponse<String> response = responses.get(i).get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("hello client=" + i);
            }
        }
        // 500 requests of 100 ms each finished in well under 500 x 100 ms only because they overlapped:
        assertThat(peak.get()).as("requests handled at the same time").isGreaterThan(50);
    }

    @Test
    void aSlowHandlerDoesNotDelayOtherClients() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        RunningServer server = start(request -> {
            if (request.path().equals("/slow")) {
                slowStarted.countDown();
                try {
                    // held until the fast requests are answered: they cannot wait behind it
                    releaseSlow.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return text(200, "slow");
            }
            return text(200, "fast");
        });
        HttpClient client = client();

        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(get(server, "/slow"), BodyHandlers.ofString());
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(client.sendAsync(get(server, "/fast"), BodyHandlers.ofString())
                            .get(10, TimeUnit.SECONDS)
                            .body())
                    .as("fast request %d answered while the slow handler is held", i)
                    .isEqualTo("fast");
        }
        assertThat(slow).as("the slow request is still held").isNotDone();
        releaseSlow.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("slow");
    }

    @Test
    void maxConcurrentRequestsCapsHowManyRunAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoRunning = new CountDownLatch(2);
        RunningServer server = start(
                request -> {
                    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    twoRunning.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    return text(200, "done");
                },
                options -> options.maxConcurrentRequests(2));
        HttpClient client = client();

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            responses.add(client.sendAsync(get(server, "/wait"), BodyHandlers.ofString()));
        }
        assertThat(twoRunning.await(10, TimeUnit.SECONDS)).isTrue();
        // Give a third request the time to reach the handler and be held at the cap. Whether one does depends on
        // Jetty's scheduling: a selector that hands itself over to a request runs it at once (and, without the
        // permits, past the cap: the pool's own cap also counts the selector's reserve); a request it hands to a
        // new thread waits for a slot in the pool instead. Either way no more than two may run.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (waitingForAPermit() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(inFlight.get()).isEqualTo(2);
        release.countDown();
        for (var response : responses) {
            assertThat(response.get(20, TimeUnit.SECONDS).body()).isEqualTo("done");
        }
        assertThat(peak.get()).isEqualTo(2);
    }

    /** How many request threads are parked in {@link KunaiHandler} waiting for a permit (a thread dump). */
    private static long waitingForAPermit() throws IOException {
        Path dir = Files.createTempDirectory("threads");
        Path dump = dir.resolve("dump.txt");
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return Arrays.stream(Files.readString(dump).split("\\R\\R"))
                    .filter(thread -> thread.contains("java.util.concurrent.Semaphore.acquire")
                            && thread.contains(KunaiHandler.class.getName() + ".invoke"))
                    .count();
        } finally {
            Files.deleteIfExists(dump);
            Files.delete(dir);
        }
    }
}
