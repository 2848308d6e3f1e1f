package dev.kunai.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpError;
import dev.kunai.http.Status;
import dev.kunai.param.Query;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Built-in mappings and user handlers share one most-specific-class lookup; wrapped failures are unwrapped. */
class ErrorMappingTest {

    static class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    @Controller
    public static class FailingController {
        @Get("number")
        public Map<String, Integer> number(@Query int n) {
            return Map.of("n", n);
        }

        @Get("gone")
        public Map<String, Integer> gone() {
            throw new HttpError(410, "Gone for good").withHeader("X-Why", "retired");
        }

        @Get("joined")
        public Map<String, Integer> joined() {
            return CompletableFuture.<Map<String, Integer>>supplyAsync(() -> {
                        throw new HttpError(409, "Taken");
                    })
                    .join();
        }

        @Get("conflict")
        public Map<String, Integer> conflict() {
            throw new Conflict("busy");
        }

        @Get("boom")
        public Map<String, Integer> boom() {
            throw new IllegalStateException("boom");
        }
    }

    static TestClient client() {
        KunaiApi api = KunaiApi.builder()
                .prefix("")
                .controllers(FailingController.class)
                .noOpenApi()
                .exceptionHandler(RuntimeException.class, (e, context) -> Status.of(503, Map.of("detail", "caught")))
                .build();
        return TestClient.of(Dispatcher.builder()
                .mount(api)
                .exceptionHandler(Conflict.class, (e, context) -> Status.of(409, Map.of("detail", e.getMessage())))
                .build());
    }

    @Test
    void aCatchAllHandlerDoesNotSwallowValidationOrHttpErrors() {
        TestClient client = client();
        assertThat(client.get("/number?n=x").status()).isEqualTo(422);
        var gone = client.get("/gone");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text()).isEqualTo("{\"detail\":\"Gone for good\"}");
        assertThat(gone.header("X-Why")).contains("retired");
        assertThat(client.get("/boom").status()).isEqualTo(503);
    }

    @Test
    void anHttpErrorJoinedFromAFutureIsUnwrapped() {
        var joined = client().get("/joined");
        assertThat(joined.status()).isEqualTo(409);
        assertThat(joined.text()).isEqualTo("{\"detail\":\"Taken\"}");
    }

    @Test
    void anAppLevelHandlerForAMoreSpecificClassWinsOverTheApisCatchAll() {
        var conflict = client().get("/conflict");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).isEqualTo("{\"detail\":\"busy\"}");
    }
}
