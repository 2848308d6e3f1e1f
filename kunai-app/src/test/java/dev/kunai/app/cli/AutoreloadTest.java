package dev.kunai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runserver}'s autoreload, as a developer meets it: a generated project compiled into
 * {@code target/classes}, its main class run in its own directory (a JVM of its own, as {@code exec:java} or
 * an IDE would), a controller edited while the server runs: the new answer comes on the same port; a compile
 * error is printed while the previous version keeps serving; SIGTERM stops parent and child with status 0.
 */
class AutoreloadTest {

    @TempDir
    Path temp;

    @Test
    void anEditedControllerAnswersOnTheSamePortAfterAReload() throws Exception {
        Path root = temp.resolve("mysite");
        assertThat(KunaiCli.execute("startproject", "mysite", "--directory", root.toString()))
                .isZero();
        GeneratedProject project = new GeneratedProject(root, root.resolve("target"));
        project.build();
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            // A busy port is not fixed by editing code: runserver says so and exits instead of waiting.
            Process refused = runserver(project, root, port);
            List<String> said = new CopyOnWriteArrayList<>();
            Thread.ofVirtual().start(() -> read(refused, said));
            assertThat(refused.waitFor(60, TimeUnit.SECONDS)).as("%s", said).isTrue();
            assertThat(refused.exitValue()).as("%s", said).isEqualTo(1);
            awaitLine(said, "Error: the address is already in use");
        }
        Process server = runserver(project, root, port);
        List<String> output = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> read(server, output));
        try {
            awaitBody(base + "/api/hello/?name=Ada", "Hello, Ada!", output);
            assertThat(output).anyMatch(l -> l.startsWith("Autoreload is on"));
            assertThat(output).contains("Kunai listening on " + base, "API docs: " + base + "/api/docs");

            Path controller = root.resolve("src/main/java/com/example/mysite/HelloController.java");
            String original = Files.readString(controller);
            long saved = System.nanoTime();
            Files.writeString(controller, original.replace("\"Hello, \"", "\"Howdy, \""));
            awaitBody(base + "/api/hello/?name=Ada", "Howdy, Ada!", output);
            long millis = Duration.ofNanos(System.nanoTime() - saved).toMillis();
            System.out.println("autoreload: change to first new response " + millis + " ms");
            assertThat(millis).as("change to first response").isLessThan(60_000);

            Files.writeString(controller, original.replace("\"Hello, \"", "\"Howdy, \" +"));
            awaitLine(output, "Compile failed");
            assertThat(output).anyMatch(l -> l.contains("HelloController.java") && l.contains("error"));
            assertThat(get(base + "/api/hello/?name=Ada")).contains("Howdy, Ada!");

            // Code that compiles but stops the application at start-up: the parent says so and waits for a fix.
            Files.writeString(controller, original.replace("@Get(", "@dev.kunai.pagination.Paginate @Get("));
            awaitLine(output, "The server stopped (exit status 1)");
            assertThat(output).anyMatch(l -> l.startsWith("Error:") && l.contains("is @Paginate"));
            Files.writeString(controller, original);
            awaitBody(base + "/api/hello/?name=Ada", "Hello, Ada!", output);
        } finally {
            List<ProcessHandle> children = server.toHandle().descendants().toList();
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue())
                    .as("exit status after SIGTERM; output:%n%s", output)
                    .isZero();
            assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        }
    }

    private static Process runserver(GeneratedProject project, Path root, int port) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        project.classes() + File.pathSeparator + System.getProperty("java.class.path"),
                        "com.example.mysite.MysiteApp",
                        "runserver",
                        "127.0.0.1:" + port)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
    }

    private static void read(Process process, List<String> sink) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(sink::add);
        } catch (IOException | UncheckedIOException e) {
            // The stream closes when the test stops the server: the end of its output, not a failure to report.
            sink.add("(the server's output ended: " + e.getMessage() + ")");
        }
    }

    private static void awaitLine(List<String> output, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (output.stream().noneMatch(l -> l.startsWith(prefix))) {
            assertThat(System.nanoTime())
                    .as("the server printed `%s`; it printed:%n%s", prefix, String.join("\n", output))
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitBody(String url, String expected, List<String> output) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (!last.contains(expected)) {
            assertThat(System.nanoTime())
                    .as("%s answers %s; last: %s; output:%n%s", url, expected, last, String.join("\n", output))
                    .isLessThan(deadline);
            try {
                last = get(url);
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            Thread.sleep(50);
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
