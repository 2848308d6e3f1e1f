package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting logs exactly one INFO line of Kunai's, and Jetty's own start-up chatter stays out at the WARN that
 * docs/server.md shows for {@code org.eclipse.jetty}. Run in a JVM of its own at INFO: this module's tests log
 * WARN and above only. (The server it runs also sends two requests: the access log stays off here.)
 */
class StartupLogTest {

    @Test
    void logsOneListeningLineOnStart(@TempDir Path dir) throws Exception {
        LoggingServerRun run = LoggingServerRun.run(
                dir,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=warn",
                "-Dorg.slf4j.simpleLogger.log.dev.kunai.access=warn");
        List<String> infoLines =
                run.log().stream().filter(l -> l.contains("INFO")).toList();
        assertThat(infoLines).hasSize(1);
        assertThat(infoLines.getFirst()).endsWith("Kunai listening on http://127.0.0.1:" + run.port());
    }
}
