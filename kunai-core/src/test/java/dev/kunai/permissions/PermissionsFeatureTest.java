package dev.kunai.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.security.Auth;
import dev.kunai.security.Principal;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.StageSlot;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The permissions stage in the whole pipeline: levels, order, messages, injection, composition, OpenAPI. */
class PermissionsFeatureTest {

    /** How often the counting permissions were created and asked, bound in the container. */
    public static final class Calls {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger asked = new AtomicInteger();
    }

    /** Allows, counting; created through the container with its {@link Calls} injected. */
    public static final class Counting implements Permission {
        private final Calls calls;

        @Inject
        Counting(Calls calls) {
            this.calls = calls;
            calls.created.incrementAndGet();
        }

        @Override
        public boolean hasPermission(RequestContext context) {
            calls.asked.incrementAndGet();
            return true;
        }
    }

    /** Denies everyone with its own message. */
    public static final class Closed implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return false;
        }

        @Override
        public String message() {
            return "The shop is closed.";
        }
    }

    /** {@code Closed & Counting}: the second part must not be asked. */
    public static final class ClosedAndCounting extends ComposedPermission {
        @Inject
        ClosedAndCounting(Closed closed, Counting counting) {
            super(closed.and(counting));
        }
    }

    /** {@code IsAuthenticated | Counting}: an authenticated request must not ask the second part. */
    public static final class SignedInOrCounting extends ComposedPermission {
        @Inject
        SignedInOrCounting(IsAuthenticated signedIn, Counting counting) {
            super(signedIn.or(counting));
        }
    }

    /** A permission the container cannot create (no usable constructor). */
    public static final class Unbuildable implements Permission {
        Unbuildable(String needsAString) {}

        @Override
        public boolean hasPermission(RequestContext context) {
            return true;
        }
    }

    @Controller("shop")
    @Permissions(IsAuthenticated.class)
    public static class ShopController {
        @Get("items") // the controller level
        public Map<String, String> items() {
            return Map.of("items", "...");
        }

        @Get("open") // public again
        @Permissions({})
        public Map<String, String> open() {
            return Map.of("open", "yes");
        }

        @Post("closed")
        @Permissions({Counting.class, Closed.class, Counting.class})
        public Map<String, String> closed() {
            return Map.of("never", "reached");
        }

        @Get("and")
        @Permissions(ClosedAndCounting.class)
        public Map<String, String> and() {
            return Map.of("never", "reached");
        }

        @Get("or")
        @Permissions(SignedInOrCounting.class)
        public Map<String, String> or() {
            return Map.of("or", "allowed");
        }
    }

    @Controller("broken")
    public static class BrokenController {
        @Get("")
        @Permissions(Unbuildable.class)
        public Map<String, String> broken() {
            return Map.of();
        }
    }

    @Controller("plain")
    public static class PlainController {
        @Get("")
        public Map<String, String> plain() {
            return Map.of("plain", "yes");
        }
    }

    private static final Auth BEARER =
            Auth.bearer(token -> token.equals("ann") ? Optional.of("ann") : Optional.empty());

    /** A custom AUTH-slot stage that identifies callers when they send a token, and lets others through. */
    private static final OperationStage OPTIONAL_AUTH = OperationStage.of(
            StageSlot.AUTH,
            operation -> Optional.of(context -> {
                context.request()
                        .header("X-User")
                        .ifPresent(user -> context.attribute(Principal.class, new Principal(user)));
                return Optional.empty();
            }));

    private static Dispatcher app(Calls calls, PermissionsFeature feature) {
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ShopController.class, PlainController.class)
                        .build())
                .container(GuiceContainer.builder().bind(Calls.class, calls).build())
                .stage(OPTIONAL_AUTH)
                .feature(feature)
                .build();
    }

    private static TestResponse get(TestClient client, String path, String user) {
        TestRequest request = TestRequest.of("GET", path);
        return client.send(user.isEmpty() ? request : request.header("X-User", user));
    }

    @Test
    void theMostSpecificLevelWins() {
        TestClient client = TestClient.of(app(new Calls(), PermissionsFeature.allowAny()));
        TestResponse denied = get(client, "/api/shop/items", "");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.text()).isEqualTo("{\"detail\":\"You do not have permission to perform this action.\"}");
        assertThat(get(client, "/api/shop/items", "ann").status()).isEqualTo(200);
        assertThat(get(client, "/api/shop/open", "").status()).isEqualTo(200);
        assertThat(get(client, "/api/plain/", "").status()).isEqualTo(200);
    }

    @Test
    void theApplicationDefaultAppliesWhereNothingIsDeclared() {
        TestClient client = TestClient.of(app(new Calls(), PermissionsFeature.defaults(IsAuthenticated.class)));
        assertThat(get(client, "/api/plain/", "").status()).isEqualTo(403);
        assertThat(get(client, "/api/plain/", "ann").status()).isEqualTo(200);
        assertThat(get(client, "/api/shop/open", "").status()).isEqualTo(200);
    }

    @Test
    void everyListedPermissionMustAllowAndTheFirstDenialAnswers() {
        Calls calls = new Calls();
        TestClient client = TestClient.of(app(calls, PermissionsFeature.allowAny()));
        TestResponse response =
                client.send(TestRequest.of("POST", "/api/shop/closed").header("X-User", "ann"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).isEqualTo("{\"detail\":\"The shop is closed.\"}");
        assertThat(calls.asked.get())
                .as("the first Counting ran, the one after Closed did not")
                .isEqualTo(1);
    }

    @Test
    void permissionClassesAreInjectedAndCreatedOncePerApplication() {
        Calls calls = new Calls();
        TestClient client = TestClient.of(app(calls, PermissionsFeature.defaults(Counting.class)));
        for (int i = 0; i < 3; i++) {
            assertThat(get(client, "/api/plain/", "").status()).isEqualTo(200);
        }
        assertThat(calls.asked.get()).isEqualTo(3);
        assertThat(calls.created.get())
                .as("one instance for every @Permissions/default entry (plain's default, closed's two entries);"
                        + " the two compositions get theirs from Guice (unscoped: one each)")
                .isEqualTo(3);
    }

    @Test
    void compositionsShortCircuit() {
        Calls calls = new Calls();
        TestClient client = TestClient.of(app(calls, PermissionsFeature.allowAny()));
        assertThat(get(client, "/api/shop/and", "ann").status()).isEqualTo(403);
        assertThat(calls.asked.get()).as("Closed & Counting stops at Closed").isZero();
        assertThat(get(client, "/api/shop/or", "ann").status()).isEqualTo(200);
        assertThat(calls.asked.get())
                .as("IsAuthenticated | Counting stops at IsAuthenticated")
                .isZero();
        assertThat(get(client, "/api/shop/or", "").status()).isEqualTo(200);
        assertThat(calls.asked.get())
                .as("an anonymous caller falls through to Counting")
                .isEqualTo(1);
    }

    @Test
    void authenticationRunsFirstSoAnUnauthenticatedCallerGets401() {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(PlainController.class)
                        .auth(BEARER)
                        .build())
                .feature(PermissionsFeature.defaults(new Closed()))
                .build());
        TestResponse unauthenticated = client.get("/api/plain/");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("WWW-Authenticate")).contains("Bearer");
        TestResponse closed = client.send(TestRequest.of("GET", "/api/plain/").header("Authorization", "Bearer ann"));
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.text()).isEqualTo("{\"detail\":\"The shop is closed.\"}");
    }

    @Test
    void permissionsAreOnByDefaultWithoutInstallingTheFeature() {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ShopController.class)
                        .build())
                .container(
                        GuiceContainer.builder().bind(Calls.class, new Calls()).build())
                .build());
        assertThat(client.get("/api/shop/items").status()).isEqualTo(403);
        assertThat(client.get("/api/shop/open").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentShows403WhereAPermissionCanDeny() {
        TestClient client = TestClient.of(app(new Calls(), PermissionsFeature.allowAny()));
        JsonNode paths = client.get("/api/openapi.json").json().get("paths");
        JsonNode denied = paths.at("/~1api~1shop~1items/get/responses/403");
        assertThat(denied.get("description").asText()).isEqualTo("Forbidden");
        assertThat(denied.at("/content/application~1json/schema").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1shop~1open/get/responses").has("403")).isFalse();
        assertThat(paths.at("/~1api~1plain~1/get/responses").has("403")).isFalse();
        assertThat(paths.at("/~1api~1shop~1closed/post/responses").has("403")).isTrue();
    }

    @Test
    void describingCreatesNoPermissionButDocumentsThe403AsBuildingDoes() {
        Calls calls = new Calls();
        var operations = Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(ShopController.class, PlainController.class, BrokenController.class)
                        .build())
                .container(GuiceContainer.builder().bind(Calls.class, calls).build())
                .feature(PermissionsFeature.defaults(Counting.class))
                .describe()
                .get(0)
                .operations();

        assertThat(calls.created).as("no permission class was created").hasValue(0);
        Map<String, Boolean> documents403 = new java.util.TreeMap<>();
        for (var operation : operations) {
            documents403.put(operation.path(), operation.responses().stream().anyMatch(r -> r.status() == 403));
        }
        assertThat(documents403)
                .containsEntry("/shop/items", true)
                .containsEntry("/shop/open", false)
                .containsEntry("/shop/closed", true)
                .containsEntry("/plain/", true) // the application default, Counting
                .containsEntry("/broken/", true); // Unbuildable is never created while describing
        assertThat(PermissionsFeature.allowAny()
                        .declared(operations.stream()
                                .filter(o -> o.path().equals("/plain/"))
                                .findFirst()
                                .orElseThrow()))
                .isEmpty();
    }

    @Test
    void aPermissionTheContainerCannotCreateFailsStartUpNamingTheOperation() {
        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(BrokenController.class)
                                .build())
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("BrokenController.broken: @Permissions: Cannot create")
                .hasMessageContaining("Unbuildable");
    }

    @Test
    void aContextFactoryCannotBeCalledWithoutItsContext() {
        OperationStage factory =
                OperationStage.withContext(StageSlot.PERMISSIONS, (operation, context) -> Optional.empty());
        assertThatThrownBy(() -> factory.create(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a StageContext");
    }
}
