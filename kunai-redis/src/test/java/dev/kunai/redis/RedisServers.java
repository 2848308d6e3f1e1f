package dev.kunai.redis;

import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real Redis for tests: the shared server on 127.0.0.1:6379 (skipped with a message when it is down and
 * {@code CI} is unset, a failure when {@code CI} is set), or a private {@code redis-server} process on an
 * ephemeral port that a test may stop and restart.
 */
final class RedisServers {

    private RedisServers() {}

    /** Settings for the shared Redis with a unique key prefix. */
    static RedisSettings shared() {
        if (!reachable(6379)) {
            String message = "Redis is not running on 127.0.0.1:6379 (start it: redis-server --daemonize yes"
                    + " --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new RedisSettings(
                "redis://127.0.0.1:6379",
                RedisSettings.DEFAULT_TIMEOUT,
                RedisSettings.DEFAULT_CONNECT_TIMEOUT,
                "test-" + UUID.randomUUID() + ":");
    }

    static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A private redis-server process on an ephemeral port; stop and start it at will. */
    static final class Private implements AutoCloseable {
        final int port;
        private Process process;

        Private() throws IOException {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
        }

        Private start() throws Exception {
            Path dir = Files.createTempDirectory("redis-" + port);
            process = new ProcessBuilder(
                            "redis-server",
                            "--bind",
                            "127.0.0.1",
                            "--port",
                            Integer.toString(port),
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--dir",
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!reachable(port)) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    fail("redis-server did not start on port " + port + ": "
                            + Files.readString(dir.resolve("redis.log")));
                }
                Thread.sleep(20);
            }
            return this;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        RedisSettings settings() {
            return new RedisSettings(
                    "redis://127.0.0.1:" + port,
                    java.time.Duration.ofMillis(200),
                    java.time.Duration.ofMillis(300),
                    "private:");
        }

        @Override
        public void close() throws InterruptedException {
            if (process != null && process.isAlive()) {
                stop();
            }
        }
    }

    /** Deletes every key under {@code prefix} on the shared server. */
    static void clean(RedisSettings settings) {
        RedisClient client = RedisClient.create(settings.url());
        try (var connection = client.connect()) {
            var commands = connection.sync();
            var keys = commands.keys(settings.keyPrefix() + "*");
            if (!keys.isEmpty()) {
                commands.del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }
}
