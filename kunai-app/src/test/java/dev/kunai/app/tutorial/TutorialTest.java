package dev.kunai.app.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's tutorial literally, as a new user would: a copy of this checkout in a temporary directory,
 * an empty Maven repository (only what the {@code kunai} launcher installs into it; everything else comes from
 * this machine's {@code ~/.m2} used as a remote repository, then Maven Central), every command of the tutorial
 * run in bash from the directory the previous one left, every file written as shown, every shown output checked,
 * the server started with the tutorial's command (on a free port), called, reloaded after an edit and stopped
 * with SIGTERM. It takes a few minutes, so it runs in CI (profile {@code tutorial}, on when {@code CI} is set)
 * or with {@code -Dkunai.tutorial=true}.
 */
@Tag("tutorial")
class TutorialTest {

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path temp;

    private Path state;
    private Path cwd;
    private final List<String> lastOutput = new ArrayList<>();

    @Test
    void theReadmeTutorialRunsAsWritten() throws Exception {
        Tutorial tutorial = Tutorial.parse(
                Files.readString(CHECKOUT.resolve("README.md")), "## Tutorial: your first project, step by step");
        assertThat(tutorial.steps()).extracting(Tutorial.Step::kind).contains("run", "server", "file", "output");
        Path checkout = temp.resolve("kunai");
        copyCheckout(checkout);
        state = temp.resolve("state.sh");
        cwd = temp.resolve("cwd");
        Files.writeString(cwd, checkout.toString());
        Files.writeString(state, "");
        for (Tutorial.Step step : tutorial.steps()) {
            switch (step.kind()) {
                case "run" -> run(step);
                case "output" -> assertShown(step, lastOutput);
                case "file" -> Files.writeString(here().resolve(step.argument()), step.text());
                case "generated" ->
                    assertThat(here().resolve(step.argument()))
                            .as("the tutorial shows %s as generated", step.argument())
                            .hasContent(step.text());
                case "server" -> server(step);
                default -> throw new AssertionError("unknown tutorial step kind " + step.kind());
            }
        }
    }

    private void run(Tutorial.Step step) throws Exception {
        lastOutput.clear();
        for (String command : step.lines()) {
            long started = System.nanoTime();
            Process process = shell(command, List.of()).start();
            List<String> output = read(process);
            assertThat(process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("%s finishes", command)
                    .isTrue();
            assertThat(process.exitValue())
                    .as("exit status of `%s`; it printed:%n%s", command, String.join("\n", output))
                    .isZero();
            System.out.printf(
                    "tutorial: %s (%d s)%n",
                    command, Duration.ofNanos(System.nanoTime() - started).toSeconds());
            lastOutput.addAll(output);
        }
    }

    /** Starts the server command, waits for its address, calls it, edits a controller, then stops it. */
    private void server(Tutorial.Step step) throws Exception {
        int port = freePort();
        lastOutput.clear();
        Process process = shell("exec " + step.lines().getFirst(), List.of("SERVER_PORT=" + port))
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> output.addAll(readLive(process, output)));
        try {
            awaitLine(output, "API docs:", Duration.ofMinutes(5));
            lastOutput.addAll(
                    output.stream().map(l -> l.replace(":" + port, ":8000")).toList());
            String base = "http://127.0.0.1:" + port;
            assertThat(get(base + "/api/docs").body()).contains("swagger-ui");
            assertThat(get(base + "/api/books/").body()).isEqualTo("[]");
            Path hello = here().resolve("src/main/java/com/example/project/HelloController.java");
            String original = Files.readString(hello);
            assertThat(original).contains("\"Hello, \"");
            long saved = System.nanoTime();
            Files.writeString(hello, original.replace("\"Hello, \"", "\"Howdy, \""));
            awaitBody(base + "/api/hello/?name=Ada", "Howdy, Ada!");
            System.out.printf(
                    "tutorial: autoreload through ./mvnw exec:java answered with the edit %d ms after the save%n",
                    Duration.ofNanos(System.nanoTime() - saved).toMillis());
            Files.writeString(hello, original);
            awaitBody(base + "/api/hello/?name=Ada", "Hello, Ada!");
        } finally {
            process.destroy(); // SIGTERM to Maven's JVM (the command is exec'd), as `kill` would send
        }
        // A stop by SIGTERM is a clean exit: status 0, one line, no Maven failure block.
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(process.exitValue())
                .as("exit status after SIGTERM; output:%n%s", output)
                .isZero();
        assertThat(output).contains("Stopped.").noneMatch(l -> l.contains("BUILD FAILURE") || l.contains("ERROR"));
    }

    private static void assertShown(Tutorial.Step step, List<String> output) {
        for (String expected : step.lines()) {
            assertThat(output)
                    .as("the tutorial shows `%s`; the commands printed:%n%s", expected, String.join("\n", output))
                    .anyMatch(line -> line.contains(expected));
        }
    }

    private ProcessBuilder shell(String command, List<String> environment) throws IOException {
        String script = "set -a; . \"$KUNAI_STATE\" 2>/dev/null; set +a; cd \"$(cat \"$KUNAI_CWD\")\" || exit 99\n"
                + String.join("\n", environment.stream().map(e -> "export " + e).toList()) + "\n"
                + command + "\nstatus=$?; export -p > \"$KUNAI_STATE\"; pwd > \"$KUNAI_CWD\"; exit $status\n";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        Path java = Path.of(System.getProperty("java.home"));
        var env = builder.environment();
        env.put("KUNAI_STATE", state.toString());
        env.put("KUNAI_CWD", cwd.toString());
        env.put("JAVA_HOME", java.toString());
        env.put("PATH", java.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + temp.resolve("repository"));
        env.put("MAVEN_ARGS", "-s " + settings());
        return builder;
    }

    /** Maven settings that use this machine's ~/.m2/repository as a remote repository (no dev.kunai in it). */
    private Path settings() throws IOException {
        Path file = temp.resolve("settings.xml");
        if (!Files.exists(file)) {
            String url = Path.of(System.getProperty("user.home"), ".m2", "repository")
                    .toUri()
                    .toString();
            String repository = "<id>machine-m2</id><url>" + url + "</url>"
                    + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
            Files.writeString(
                    file,
                    "<settings><profiles><profile><id>machine-m2</id>"
                            + "<repositories><repository>" + repository + "</repository></repositories>"
                            + "<pluginRepositories><pluginRepository>" + repository
                            + "</pluginRepository></pluginRepositories>"
                            + "</profile></profiles><activeProfiles><activeProfile>machine-m2</activeProfile>"
                            + "</activeProfiles></settings>");
        }
        return file;
    }

    private Path here() throws IOException {
        return Path.of(Files.readString(cwd).strip());
    }

    private static void copyCheckout(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(CHECKOUT)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = CHECKOUT.relativize(file);
                boolean skipped = false;
                for (Path part : relative) {
                    skipped |= NOT_COPIED.contains(part.toString());
                }
                // Embedded databases of local runs (./data/, examples/books/data/).
                skipped |= relative.toString().matches("(examples/[^/]+/)?data(/.*)?");
                if (skipped) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static List<String> read(Process process) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static List<String> readLive(Process process, List<String> sink) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // kept for the assertion messages, not printed: the test run stays quiet
            reader.lines().forEach(sink::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // The stream closes when the test stops the server: the end of its output, not a failure to print.
            sink.add("(the server's output ended: " + e.getMessage() + ")");
        }
        return List.of();
    }

    private static void awaitLine(List<String> output, String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output.stream().noneMatch(l -> l.startsWith(prefix))) {
            assertThat(System.nanoTime())
                    .as("the server printed `%s`; it printed:%n%s", prefix, output)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void awaitBody(String url, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (!last.contains(expected)) {
            assertThat(System.nanoTime())
                    .as("%s answers %s; last answer: %s", url, expected, last)
                    .isLessThan(deadline);
            try {
                last = get(url).body();
            } catch (IOException restarting) {
                last = restarting.toString();
            }
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
