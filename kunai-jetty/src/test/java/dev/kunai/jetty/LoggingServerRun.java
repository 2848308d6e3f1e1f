package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link AccessLogServer} in a JVM of its own with the given slf4j-simple settings: which loggers are on is
 * read once, and this module's test JVM keeps everything below WARN off.
 *
 * @param port the port the server listened on
 * @param log  the lines the server's JVM wrote to stderr (slf4j-simple's output)
 */
record LoggingServerRun(int port, List<String> log) {

    static LoggingServerRun run(Path dir, String... logSettings) throws IOException, InterruptedException {
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.showThreadName=false"));
        command.addAll(List.of(logSettings));
        command.add(AccessLogServer.class.getName());
        Process process = new ProcessBuilder(command)
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> log = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit; stderr: %s", log).isZero();
        assertThat(out).startsWith("PORT ");
        return new LoggingServerRun(Integer.parseInt(out.strip().substring("PORT ".length())), log);
    }
}
