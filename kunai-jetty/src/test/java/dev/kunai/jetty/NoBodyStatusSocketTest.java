package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.Status;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.server.RunningServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 1xx/204/304 over the socket: no body, and HEAD keeps the connection for pipelined requests (issue 11 item 9). */
class NoBodyStatusSocketTest extends ServerFixture {

    @Controller("nb")
    public static class NoBodyController {
        @Get("status")
        public Status<Map<String, String>> status() {
            return Status.of(204, Map.of("ignored", "yes"));
        }

        @Get("void")
        public void nothing() {}

        @Get("hello")
        public Map<String, String> hello() {
            return Map.of("hello", "world");
        }
    }

    @Test
    void headAndNoContentKeepThePipelinedConnection() throws Exception {
        RunningServer server = start(Dispatcher.builder()
                .mount(KunaiApi.ofControllers(NoBodyController.class))
                .build());
        try (RawHttp http = RawHttp.connect(server.port())) {
            http.send("HEAD /nb/void HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /nb/status HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /nb/status HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /nb/hello HTTP/1.1\r\nHost: x\r\n\r\n");
            RawHttp.Response head = http.read(true);
            assertThat(head.status()).isEqualTo(204);
            assertThat(head.header("Content-Length")).isEmpty();
            RawHttp.Response noContent = http.read();
            assertThat(noContent.status()).isEqualTo(204);
            assertThat(noContent.body()).isEmpty();
            assertThat(noContent.header("Content-Type")).isEmpty();
            assertThat(http.read(true).status()).isEqualTo(204);
            RawHttp.Response hello = http.read();
            assertThat(hello.status()).isEqualTo(200);
            assertThat(hello.text()).isEqualTo("{\"hello\":\"world\"}");
        }
    }
}
