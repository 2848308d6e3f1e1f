package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.http.Status;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.operation.OperationModels;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statuses that forbid a body (1xx, 204, 304) never carry one, whatever the handler returns (issue 11 item 9). */
class NoBodyStatusTest {

    @Controller("nb")
    public static class NoBodyController {
        @Get("status")
        public Status<Map<String, String>> status() {
            return Status.of(204, Map.of("ignored", "yes"));
        }

        @Get("void")
        public void nothing() {}

        @Get("cached")
        public Status<Map<String, String>> cached() {
            return Status.of(304, Map.of("ignored", "yes"));
        }
    }

    static final TestClient CLIENT = TestClient.forControllers(GuiceContainer.create(), NoBodyController.class);

    @Test
    void aBodyReturnedWithA204Or304IsDropped() {
        var noContent = CLIENT.get("/nb/status");
        assertThat(noContent.status()).isEqualTo(204);
        assertThat(noContent.body()).isEmpty();
        assertThat(noContent.header("Content-Type")).isEmpty();
        assertThat(noContent.header("Content-Length")).isEmpty();
        var notModified = CLIENT.get("/nb/cached");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void headOfA204HasNoContentLength() {
        var head = CLIENT.head("/nb/void");
        assertThat(head.status()).isEqualTo(204);
        assertThat(head.header("Content-Length")).isEmpty();
        assertThat(CLIENT.head("/nb/status").header("Content-Length")).isEmpty();
    }

    @Controller("bad")
    public static class DeclaresNoContentButReturns {
        @Get(value = "x", status = 204)
        public Map<String, String> x() {
            return Map.of();
        }
    }

    @Test
    void declaring204OnAMethodThatReturnsAValueFailsAtStartUp() {
        KunaiApi api = KunaiApi.builder()
                .controllers(DeclaresNoContentButReturns.class)
                .build();
        assertThatThrownBy(() -> OperationModels.describe(api))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("DeclaresNoContentButReturns.x")
                .hasMessageContaining("status 204 never has a body");
    }
}
