package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.Raw;
import dev.kunai.http.Status;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Put;
import dev.kunai.route.Response;
import dev.kunai.testing.TestClient;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/responses.md. */
class ResponsesGuideTest {

    // --- example start
    public record Ticket(UUID id, String title, Instant created) {}

    public record Message(String message) {}

    @Controller("tickets")
    public static class TicketController {
        static final Ticket ONE = new Ticket(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "first",
                Instant.parse("2024-01-01T00:00:00Z"));

        @Get("{id}") // Optional: empty -> 404 {"detail": "Not Found"}
        public Optional<Ticket> find(UUID id) {
            return ONE.id().equals(id) ? Optional.of(ONE) : Optional.empty();
        }

        @Put("{id}") // a status chosen at run time
        @Response(status = 201, type = Ticket.class, description = "Created")
        public Status<Ticket> upsert(UUID id, Message body) {
            return ONE.id().equals(id)
                    ? Status.of(200, ONE)
                    : Status.of(201, new Ticket(id, body.message(), ONE.created()));
        }

        @Get("async") // async: same rules once the stage completes
        public CompletionStage<Message> later() {
            return CompletableFuture.supplyAsync(() -> new Message("done"));
        }

        @Get("export.csv") // not JSON
        public Raw export() {
            return Raw.text("id,title\n1,first\n", "text/csv");
        }
    }
    // --- example end

    static final TestClient CLIENT = TestClient.forApi(
            KunaiApi.builder().prefix("").controllers(TicketController.class).build(), GuiceContainer.create());

    @Test
    void shapes() {
        assertThat(CLIENT.get("/tickets/00000000-0000-0000-0000-000000000001").text())
                .isEqualTo(
                        "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"title\":\"first\",\"created\":\"2024-01-01T00:00:00Z\"}");
        assertThat(CLIENT.get("/tickets/00000000-0000-0000-0000-000000000002").status())
                .isEqualTo(404);
        assertThat(CLIENT.put("/tickets/00000000-0000-0000-0000-000000000002", Map.of("message", "new"))
                        .status())
                .isEqualTo(201);
        assertThat(CLIENT.put("/tickets/00000000-0000-0000-0000-000000000001", Map.of("message", "x"))
                        .status())
                .isEqualTo(200);
        assertThat(CLIENT.get("/tickets/async").json().get("message").asText()).isEqualTo("done");
        assertThat(CLIENT.get("/tickets/export.csv").header("Content-Type")).contains("text/csv; charset=utf-8");
    }
}
