package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.server.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starting logs exactly one INFO line of Kunai's. (slf4j-simple writes to the current System.err; Jetty's
 * own start-up chatter is set to WARN in this module's test simplelogger.properties, as docs/server.md shows.)
 */
class StartupLogTest extends ServerFixture {

    @Test
    void logsOneListeningLineOnStart() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        RunningServer server;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            server = start(request -> text(200, "ok"));
        } finally {
            System.setErr(original);
        }
        List<String> infoLines = captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("INFO"))
                .toList();
        assertThat(infoLines).hasSize(1);
        assertThat(infoLines.getFirst()).endsWith("Kunai listening on http://127.0.0.1:" + server.port());
    }
}
