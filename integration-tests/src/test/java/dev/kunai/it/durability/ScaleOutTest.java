package dev.kunai.it.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kunai.it.support.RawHttp;
import dev.kunai.it.support.ScaleOutApp;
import dev.kunai.it.support.Services;
import dev.kunai.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out story (issue 13): two application processes on ephemeral ports, started at the same moment
 * against one fresh PostgreSQL database and one Redis. Migrations run once; a throttle of 100 per minute
 * lets exactly 100 of 1,000 concurrent requests through across both; concurrent creates on both lose and
 * duplicate nothing; stopping one under load fails none of its in-flight requests and the other keeps serving.
 */
class ScaleOutTest {

    /** One application process. */
    record Instance(Process process, int port, Path dir) {
        static Instance start(Path dir, String databaseUrl, String redisPrefix) throws IOException {
            Files.createDirectories(dir);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            classpath,
                            ScaleOutApp.class.getName(),
                            "runserver",
                            "127.0.0.1:" + port)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile());
            builder.environment().put("DATABASE_URL", databaseUrl);
            builder.environment().put("REDIS_URL", "redis://127.0.0.1:6379");
            builder.environment().put("REDIS_KEY_PREFIX", redisPrefix);
            // Fail closed, so a store failure shows as a 503 instead of passing silently; generous timeouts,
            // as the 2-core CI machine runs both instances, the load and other builds at once.
            builder.environment().put("THROTTLE_ON_STORE_FAILURE", "reject");
            builder.environment().put("REDIS_TIMEOUT", "10000");
            builder.environment().put("REDIS_CONNECT_TIMEOUT", "5000");
            builder.environment().put("SERVER_STOP_TIMEOUT", "10");
            return new Instance(builder.start(), port, dir);
        }

        String log() throws IOException {
            return Files.readString(dir.resolve("server.log"));
        }

        void awaitListening() throws Exception {
            try {
                await().atMost(Duration.ofSeconds(240))
                        .pollInterval(Duration.ofMillis(200))
                        .ignoreExceptionsInstanceOf(IOException.class)
                        .until(this::answers);
            } catch (ConditionTimeoutException stuck) {
                // A thread dump into the log says where it is stuck.
                new ProcessBuilder("kill", "-3", Long.toString(process.pid()))
                        .start()
                        .waitFor();
                await().atMost(Duration.ofSeconds(10))
                        .ignoreExceptions()
                        .until(() -> log().contains("Full thread dump"));
                throw new AssertionError("instance did not start; log:\n" + log(), stuck);
            }
        }

        /** Whether the instance answers the book list; fails (rather than waits) once the process died. */
        private boolean answers() throws IOException {
            assertThat(process.isAlive()).as("instance alive; log:%n%s", log()).isTrue();
            return RawHttp.exchange(port, RawHttp.request("GET", "/api/books/", "", new byte[0]))
                            .status()
                    == 200;
        }

        /** How many {@code /fixture/held} handlers have started in this instance. */
        int heldStarted() throws IOException {
            RawHttp.Response r =
                    RawHttp.exchange(port, RawHttp.request("GET", "/fixture/held-started", "", new byte[0]));
            return Json.mapper().readTree(r.body()).path("started").asInt();
        }
    }

    @Test
    void twoInstancesShareTheThrottleAndTheDatabaseAndSurviveOneStopping(@TempDir Path dir) throws Exception {
        Services.require("Redis", "127.0.0.1", 6379);
        try (var database = Services.tempPostgresDatabase("scaleout")) {
            String prefix = "scaleout-" + UUID.randomUUID() + ":";
            Instance a = Instance.start(dir.resolve("a"), database.url(), prefix);
            Instance b = Instance.start(dir.resolve("b"), database.url(), prefix);
            try {
                a.awaitListening();
                b.awaitListening();
                migrationsRanOnce(database.name());
                throttleIsExactAcrossBoth(a, b);
                concurrentCreatesLoseAndDuplicateNothing(a, b, database.name());
                stoppingOneUnderLoadFailsNothing(a, b);
            } finally {
                a.process().destroyForcibly();
                b.process().destroyForcibly();
                a.process().waitFor(30, TimeUnit.SECONDS);
                b.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Connection jdbc(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }

    private static void migrationsRanOnce(String database) throws Exception {
        try (Connection c = jdbc(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version, count(*), bool_and(success) from flyway_schema_history"
                        + " where version is not null group by version")) {
            int versions = 0;
            while (rs.next()) {
                versions++;
                assertThat(rs.getInt(2))
                        .as("version %s applied once", rs.getString(1))
                        .isEqualTo(1);
                assertThat(rs.getBoolean(3)).isTrue();
            }
            assertThat(versions).isPositive();
        }
    }

    private static void throttleIsExactAcrossBoth(Instance a, Instance b) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        List<String> other = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                int port = (i % 2 == 0 ? a : b).port();
                done.add(threads.submit(() -> {
                    start.await();
                    RawHttp.Response r = RawHttp.exchange(
                            port, RawHttp.request("GET", "/limited/ping", "", new byte[0]), Duration.ofSeconds(60));
                    if (r.status() == 200) {
                        ok.incrementAndGet();
                    } else if (r.status() == 429 && r.headers().containsKey("retry-after")) {
                        throttled.incrementAndGet();
                    } else {
                        other.add(r.status() + " " + r.text());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf(
                "Two instances, one Redis: %d of 1,000 concurrent requests passed 100/m, %d throttled%n",
                ok.get(), throttled.get());
        assertThat(other).as("logs:%n%s%n%s", a.log(), b.log()).isEmpty();
        assertThat(ok.get()).as("logs:%n%s%n%s", a.log(), b.log()).isEqualTo(100);
        assertThat(throttled.get()).isEqualTo(900);
    }

    private static void concurrentCreatesLoseAndDuplicateNothing(Instance a, Instance b, String database)
            throws Exception {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                int client = c;
                done.add(threads.submit(() -> {
                    for (int n = 0; n < 25; n++) {
                        int port = ((client + n) % 2 == 0 ? a : b).port();
                        RawHttp.Response r = RawHttp.exchange(
                                port,
                                RawHttp.postJson(
                                        "/api/books/",
                                        "{\"title\": \"scale " + client + "-" + n + "\", \"tags\": [\"s\"]}"));
                        assertThat(r.status()).as(r.text()).isEqualTo(201);
                        if (!ids.add(Json.mapper().readTree(r.body()).get("id").asLong())) {
                            duplicates.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(duplicates.get()).isZero();
        assertThat(ids).hasSize(400);
        try (Connection c = jdbc(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from Book where title like 'scale %'")) {
            Set<Long> stored = new HashSet<>();
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
            assertThat(stored).isEqualTo(ids);
        }
    }

    private static void stoppingOneUnderLoadFailsNothing(Instance a, Instance b) throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger servedByB = new AtomicInteger();
        AtomicInteger servedByBAfterStop = new AtomicInteger();
        AtomicBoolean aStopped = new AtomicBoolean();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> load = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                load.add(threads.submit(() -> {
                    while (loading.get()) {
                        RawHttp.Response r =
                                RawHttp.exchange(b.port(), RawHttp.request("GET", "/api/books/", "", new byte[0]));
                        if (r.status() != 200) {
                            failures.add("B answered " + r.status() + " " + r.text());
                        }
                        servedByB.incrementAndGet();
                        if (aStopped.get()) {
                            servedByBAfterStop.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            List<Future<RawHttp.Response>> inFlight = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                inFlight.add(threads.submit(() -> RawHttp.exchange(
                        a.port(), RawHttp.request("GET", "/fixture/held?n=0&ms=5000", "", new byte[0]))));
            }
            // all 20 are in their handlers on A when it is told to stop
            await().atMost(Duration.ofSeconds(30)).until(() -> a.heldStarted() == 20);
            a.process().destroy(); // SIGTERM: graceful stop
            boolean exited = a.process().waitFor(40, TimeUnit.SECONDS);
            aStopped.set(true);
            // B keeps serving after A is gone
            await().atMost(Duration.ofSeconds(30)).until(() -> servedByBAfterStop.get() >= 20 || !failures.isEmpty());
            loading.set(false);
            int failedInFlight = 0;
            for (Future<RawHttp.Response> f : inFlight) {
                try {
                    failedInFlight += f.get().status() == 200 ? 0 : 1;
                } catch (Exception e) {
                    failedInFlight++;
                }
            }
            for (Future<?> f : load) {
                f.get();
            }
            System.out.printf(
                    "Stopping A under load: %d of 20 in-flight requests on A failed; B served %d requests (%d after A exited)%n",
                    failedInFlight, servedByB.get(), servedByBAfterStop.get());
            assertThat(exited).as("A exited; log:%n%s", a.log()).isTrue();
            assertThat(failedInFlight)
                    .as("in-flight requests on A that failed; log:%n%s", a.log())
                    .isZero();
            assertThat(failures).isEmpty();
            assertThat(servedByBAfterStop.get()).isPositive();
        }
        assertThatNoConnection(a.port());
    }

    private static void assertThatNoConnection(int port) {
        try {
            RawHttp.exchange(port, RawHttp.request("GET", "/api/books/", "", new byte[0]));
            throw new AssertionError("A still answers after its stop");
        } catch (ConnectException expected) {
            // stopped
        } catch (IOException other) {
            // reset: also not serving
        }
    }
}
