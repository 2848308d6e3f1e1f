package dev.kunai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.stage.StageContext;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Auth#resolve}: a declaration whose working parts come from the container is resolved once per operation
 * when the pipeline is built, never while it is only described, and a failure names the operation.
 */
class AuthResolveTest {

    /** What the container holds: the valid key. */
    public static final class Keys {
        String valid() {
            return "k";
        }
    }

    /** Declares {@code ApiKeyAuth} in {@code X-Key} now; checks keys against the container's {@link Keys}. */
    static class DeclaredKey implements Auth {
        final AtomicInteger resolved = new AtomicInteger();

        @Override
        public Optional<Object> authenticate(RequestContext context) {
            throw new IllegalStateException("not resolved");
        }

        @Override
        public String schemeName() {
            return "ApiKeyAuth";
        }

        @Override
        public Map<String, Object> scheme() {
            return Map.of("type", "apiKey", "in", "header", "name", "X-Key");
        }

        @Override
        public Auth resolve(StageContext context) {
            resolved.incrementAndGet();
            Keys keys = context.instance(Keys.class);
            return Auth.apiKeyHeader(
                    "X-Key", key -> key.equals(keys.valid()) ? Optional.of("caller") : Optional.empty());
        }
    }

    @Controller("things")
    public static class ThingsController {
        @Get("")
        public Map<String, String> list() {
            return Map.of("things", "...");
        }
    }

    @Test
    void theDeclarationIsResolvedWhenThePipelineIsBuilt() {
        DeclaredKey declared = new DeclaredKey();
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .controllers(ThingsController.class)
                        .auth(declared)
                        .build())
                .build());

        assertThat(declared.resolved).hasValue(1);
        assertThat(client.get("/api/things/").status()).isEqualTo(401);
        assertThat(client.send(TestRequest.of("GET", "/api/things/").header("X-Key", "k"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void describingResolvesNothingAndDocumentsTheDeclaration() {
        DeclaredKey declared = new DeclaredKey();

        var operations = Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .controllers(ThingsController.class)
                        .auth(declared)
                        .build())
                .describe()
                .get(0)
                .operations();

        assertThat(declared.resolved).hasValue(0);
        assertThat(operations.get(0).security()).containsExactly(declared);
    }

    @Test
    void aContainerThatCannotResolveItStopsStartUpNamingTheOperation() {
        Auth failing = new DeclaredKey() {
            @Override
            public Auth resolve(StageContext context) {
                throw new IllegalStateException("no keys bound");
            }
        };

        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(ThingsController.class)
                                .auth(failing)
                                .build())
                        .container(GuiceContainer.create())
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("ThingsController")
                .hasMessageContaining("authentication ApiKeyAuth: no keys bound");
    }

    @Test
    void docsAuthIsResolvedThroughTheContainerLikeAnOperationsAuth() {
        DeclaredKey declared = new DeclaredKey();
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .controllers(ThingsController.class)
                        .docsAuth(declared)
                        .build())
                .build());

        assertThat(declared.resolved).hasValue(1);
        assertThat(client.get("/api/openapi.json").status()).isEqualTo(401);
        assertThat(client.get("/api/docs").status()).isEqualTo(401);
        assertThat(client.send(TestRequest.of("GET", "/api/openapi.json").header("X-Key", "k"))
                        .status())
                .isEqualTo(200);
        assertThat(client.send(TestRequest.of("GET", "/api/openapi.json").header("X-Key", "wrong"))
                        .status())
                .isEqualTo(401);
        assertThat(client.get("/api/things/").status())
                .as("docsAuth guards the docs only")
                .isEqualTo(200);
    }

    @Test
    void describingDoesNotResolveDocsAuth() {
        DeclaredKey declared = new DeclaredKey();

        Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .controllers(ThingsController.class)
                        .docsAuth(declared)
                        .build())
                .describe();

        assertThat(declared.resolved).hasValue(0);
    }

    @Test
    void aDocsAuthTheContainerCannotResolveStopsStartUpNamingTheDocs() {
        Auth failing = new DeclaredKey() {
            @Override
            public Auth resolve(StageContext context) {
                throw new IllegalStateException("no keys bound");
            }
        };

        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(ThingsController.class)
                                .docsAuth(failing)
                                .build())
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("docs of the API at '/api'")
                .hasMessageContaining("docsAuth ApiKeyAuth: no keys bound");
    }
}
