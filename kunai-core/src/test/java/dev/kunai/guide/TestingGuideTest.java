package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/testing.md. */
class TestingGuideTest {

    @Controller
    public static class EchoController {
        @Post("echo")
        public Map<String, String> echo(Map<String, String> body) {
            return body;
        }
    }

    // --- example start
    TestClient client = TestClient.forControllers(GuiceContainer.create(), EchoController.class);

    @Test
    void syncAndAsync() {
        TestResponse response = client.post("/echo", Map.of("a", "1"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("a").asText()).isEqualTo("1");

        CompletableFuture<TestResponse> later = client.async().post("/echo", Map.of("b", "2"));
        assertThat(later.join().json().get("b").asText()).isEqualTo("2");

        TestResponse raw = client.send(TestRequest.of("POST", "/echo?x=1")
                .header("X-Trace", "t")
                .cookie("session", "s")
                .json("{\"c\": \"3\"}"));
        assertThat(raw.text()).isEqualTo("{\"c\":\"3\"}");
    }
    // --- example end
}
