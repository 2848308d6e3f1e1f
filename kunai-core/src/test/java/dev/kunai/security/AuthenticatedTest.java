package dev.kunai.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.StageSlot;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Authenticated} handler parameters: the typed principal, 401 when absent, 403 when of another type. */
class AuthenticatedTest {

    record Member(String name) {}

    @Controller("me")
    public static class MeController {
        @Get("")
        public Map<String, String> me(@Authenticated Member member) {
            return Map.of("name", member.name());
        }

        @Get("maybe")
        public Map<String, String> maybe(@Authenticated Optional<Member> member) {
            return Map.of("name", member.map(Member::name).orElse("anonymous"));
        }
    }

    /** Members send {@code X-Member}, services {@code X-Service}; others stay anonymous. */
    private static final OperationStage IDENTIFY = OperationStage.of(
            StageSlot.AUTH,
            operation -> Optional.of(context -> {
                context.request()
                        .header("X-Member")
                        .ifPresent(name -> context.attribute(Principal.class, new Principal(new Member(name))));
                context.request()
                        .header("X-Service")
                        .ifPresent(name -> context.attribute(Principal.class, new Principal(name)));
                return Optional.empty();
            }));

    private static final TestClient CLIENT = TestClient.of(Dispatcher.builder()
            .mount(KunaiApi.builder()
                    .prefix("/api")
                    .controllers(MeController.class)
                    .build())
            .stage(IDENTIFY)
            .build());

    private static TestResponse get(String path, String header, String value) {
        TestRequest request = TestRequest.of("GET", path);
        return CLIENT.send(header.isEmpty() ? request : request.header(header, value));
    }

    @Test
    void theTypedPrincipalIsInjected() {
        assertThat(get("/api/me/", "X-Member", "ann").json().get("name").asText())
                .isEqualTo("ann");
        assertThat(get("/api/me/maybe", "X-Member", "ann").json().get("name").asText())
                .isEqualTo("ann");
    }

    @Test
    void aMissingPrincipalIs401AndAnotherTypeIs403() {
        TestResponse missing = get("/api/me/", "", "");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.text()).isEqualTo("{\"detail\":\"Unauthorized\"}");
        TestResponse service = get("/api/me/", "X-Service", "backup-job");
        assertThat(service.status()).isEqualTo(403);
        assertThat(service.text()).isEqualTo("{\"detail\":\"You do not have permission to perform this action.\"}");
    }

    @Test
    void anOptionalPrincipalIsEmptyInsteadOfAnError() {
        assertThat(get("/api/me/maybe", "", "").json().get("name").asText()).isEqualTo("anonymous");
        assertThat(get("/api/me/maybe", "X-Service", "backup-job")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("anonymous");
    }

    @Test
    void thePrincipalIsNotAnOpenApiParameter() {
        var operation = CLIENT.get("/api/openapi.json").json().at("/paths/~1api~1me~1/get");
        assertThat(operation.has("parameters")).isFalse();
        assertThat(operation.has("requestBody")).isFalse();
    }
}
