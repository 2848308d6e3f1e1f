package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log: with {@code dev.kunai.access} at INFO, one line per request in the NCSA combined format
 * (client address, user, time, request line, status, bytes, referer, user agent) followed by the milliseconds the
 * request took, logged at INFO on that logger; at the WARN this module's tests set, no line at all. Jetty writes an
 * absent quoted header as {@code ""} where Apache httpd writes {@code "-"}.
 */
class AccessLogTest extends ServerFixture {

    private static final String TIME = "\\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}\\]";

    @Test
    void eachRequestIsOneCombinedFormatLineWithItsDurationAtInfo(@TempDir Path dir) throws Exception {
        List<String> log = LoggingServerRun.run(dir, "-Dorg.slf4j.simpleLogger.log.dev.kunai.access=info")
                .log();
        List<String> access =
                log.stream().filter(l -> l.contains("dev.kunai.access")).toList();
        assertThat(access).as("access lines in %s", log).hasSize(2);
        assertThat(access.get(0))
                .matches(
                        "INFO dev\\.kunai\\.access - 127\\.0\\.0\\.1 - - " + TIME
                                + " \"GET /ok\\?page=2 HTTP/1\\.1\" 200 \\d+ \"http://example\\.test/from\" \"kunai-test/1\\.0\" \\d+");
        assertThat(access.get(1))
                .matches("INFO dev\\.kunai\\.access - 127\\.0\\.0\\.1 - - " + TIME
                        + " \"POST /missing HTTP/1\\.1\" 404 0 \"\" \"kunai-test/1\\.0\" \\d+");
    }

    @Test
    void atWarnNoLineIsWritten() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            var server = start(request -> text(200, "ok"));
            var response = client().send(get(server, "/ok"), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            server.stop();
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("dev.kunai.access", "GET /ok");
    }
}
