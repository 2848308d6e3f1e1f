package dev.kunai.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.contributor.Input;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.Status;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.param.Body;
import dev.kunai.param.Header;
import dev.kunai.param.Query;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Delete;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import dev.kunai.security.Auth;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** An operation defined in code is the annotated operation it mirrors: same answers, same document. */
class CodeOperationTest {

    public record Item(long id, String name, String trace) {}

    public record ItemIn(@NotBlank String name, @Min(0) int stock) {}

    public record ItemQuery(@Default("1") @Min(1) @Max(10) int copies, Optional<String> note) {}

    @Controller(value = "items", tags = "items")
    public static class ItemController {
        @Get(value = "{id}", operationId = "getItem", summary = "Get item")
        public Optional<Item> getItem(long id, @Header("X-Trace") Optional<String> trace) {
            return id == 404 ? Optional.empty() : Optional.of(new Item(id, "item " + id, trace.orElse("-")));
        }

        @Post(value = "", operationId = "createItem", summary = "Create item", status = 201)
        public Item createItem(@Body ItemIn item, @Query ItemQuery query) {
            return new Item(query.copies(), item.name(), query.note().orElse("-"));
        }

        @Delete(value = "{id}", operationId = "deleteItem", summary = "Delete item")
        public void deleteItem(long id) {}
    }

    static List<Operation> codeItems() {
        Operation.Builder get = Operation.builder(HttpMethod.GET, "/items/{id}")
                .operationId("getItem")
                .summary("Get item")
                .tags("items");
        Input<Long> id = get.path("id", long.class);
        Input<Optional<String>> trace = get.optionalHeader("X-Trace", String.class);
        Operation getItem = get.handler(
                        new TypeToken<Optional<Item>>() {}.getType(),
                        in -> in.get(id) == 404
                                ? Optional.empty()
                                : Optional.of(new Item(
                                        in.get(id),
                                        "item " + in.get(id),
                                        in.get(trace).orElse("-"))))
                .build();

        Operation.Builder post = Operation.builder(HttpMethod.POST, "/items/")
                .operationId("createItem")
                .summary("Create item")
                .tags("items")
                .status(201);
        Input<ItemIn> item = post.body("item", ItemIn.class);
        Input<ItemQuery> query = post.query(ItemQuery.class);
        Operation createItem = post.handler(
                        Item.class,
                        in -> new Item(
                                in.get(query).copies(),
                                in.get(item).name(),
                                in.get(query).note().orElse("-")))
                .build();

        Operation.Builder delete = Operation.builder(HttpMethod.DELETE, "/items/{id}")
                .operationId("deleteItem")
                .summary("Delete item")
                .tags("items");
        delete.path("id", long.class);
        Operation deleteItem = delete.handler(void.class, in -> null).build();
        return List.of(getItem, createItem, deleteItem);
    }

    static final KunaiApi ANNOTATED =
            KunaiApi.builder().prefix("/api").controllers(ItemController.class).build();
    static final KunaiApi CODE = KunaiApi.builder()
            .prefix("/api")
            .operations(codeItems().toArray(Operation[]::new))
            .build();

    private final TestClient annotated = TestClient.forApi(ANNOTATED, GuiceContainer.create());
    private final TestClient code = TestClient.forApi(CODE, GuiceContainer.create());

    private static TestRequest post(String target, String json) {
        return TestRequest.of("POST", target).body(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void theOperationObjectsAreEqual() {
        JsonNode a = annotated.get("/api/openapi.json").json();
        JsonNode c = code.get("/api/openapi.json").json();
        assertThat(new OpenAPIV3Parser().readContents(c.toString()).getMessages())
                .isEmpty();
        assertThat(a.get("paths")).hasSize(2);
        assertThat(c.get("paths")).isEqualTo(a.get("paths"));
        assertThat(c.get("components")).isEqualTo(a.get("components"));
        assertThat(c.at("/paths/~1api~1items~1{id}/get/responses").has("404")).isTrue();
        assertThat(c.at("/paths/~1api~1items~1{id}/delete/responses").has("204"))
                .isTrue();
    }

    @Test
    void theAnswersAreEqual() {
        List<TestRequest> requests = List.of(
                TestRequest.of("GET", "/api/items/7").header("X-Trace", "t-1"),
                TestRequest.of("GET", "/api/items/7"),
                TestRequest.of("GET", "/api/items/404"),
                TestRequest.of("GET", "/api/items/seven"),
                TestRequest.of("HEAD", "/api/items/7"),
                TestRequest.of("DELETE", "/api/items/7"),
                post("/api/items/?copies=3&note=n", "{\"name\": \"pen\", \"stock\": 2}"),
                post("/api/items/?copies=99", "{\"name\": \"\", \"stock\": -1}"),
                post("/api/items/", "{\"name\": \"pen\""),
                post("/api/items/", ""),
                TestRequest.of("PUT", "/api/items/7"));
        for (TestRequest request : requests) {
            TestResponse expected = annotated.send(request);
            TestResponse actual = code.send(request);
            String what = request.method() + " " + request.path() + "?" + request.query();
            assertThat(actual.status()).as(what).isEqualTo(expected.status());
            assertThat(actual.text()).as(what).isEqualTo(expected.text());
            assertThat(actual.header("Content-Type")).as(what).isEqualTo(expected.header("Content-Type"));
        }
        TestResponse invalid = code.send(post("/api/items/?copies=99", "{\"name\": \"\", \"stock\": -1}"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("detail")).hasSize(3);
    }

    @Test
    void asyncAndStatusResultsUseTheSameKinds() {
        Operation.Builder later = Operation.builder(HttpMethod.GET, "/later");
        Input<Integer> n = later.query("n", int.class);
        Operation async = later.handler(new TypeToken<CompletionStage<Status<Integer>>>() {}.getType(), in -> {
                    // the handler returns the stage; the pipeline awaits it like an async controller method
                    CompletionStage<Status<Integer>> result =
                            CompletableFuture.supplyAsync(() -> Status.of(in.get(n) > 0 ? 202 : 204, in.get(n)));
                    return result;
                })
                .build();
        TestClient client = TestClient.forApi(
                KunaiApi.builder().prefix("/api").operations(async).build(), GuiceContainer.create());
        TestResponse accepted = client.get("/api/later?n=5");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.text()).isEqualTo("5");
        TestResponse noContent = client.get("/api/later?n=0");
        assertThat(noContent.status()).isEqualTo(204);
        assertThat(noContent.text()).isEmpty();
        assertThat(client.get("/api/later").json().at("/detail/0/loc").toString())
                .isEqualTo("[\"query\",\"n\"]");
    }

    @Test
    void startUpChecksNameTheOperation() {
        Operation.Builder unbound = Operation.builder(HttpMethod.GET, "/things/{id}");
        Operation noInput = unbound.handler(String.class, in -> "x").build();
        assertThatThrownBy(() -> start(noInput))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("GET /things/{id}")
                .hasMessageContaining("path variable {id} has no input");

        Operation.Builder stray = Operation.builder(HttpMethod.GET, "/things");
        stray.path("id", long.class);
        Operation strayInput = stray.handler(String.class, in -> "x").build();
        assertThatThrownBy(() -> start(strayInput))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("path input 'id' is not a variable of /api/things");

        assertThatThrownBy(() -> TestClient.forApi(
                        KunaiApi.builder()
                                .prefix("/api")
                                .controllers(ItemController.class)
                                .operations(sameRoute())
                                .build(),
                        GuiceContainer.create()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two operations answer GET /api/items/{id}");

        Operation sameId = Operation.builder(HttpMethod.GET, "/elsewhere")
                .operationId("getItem")
                .handler(String.class, in -> "x")
                .build();
        assertThatThrownBy(() -> TestClient.forApi(
                        KunaiApi.builder()
                                .prefix("/api")
                                .controllers(ItemController.class)
                                .operations(sameId)
                                .build(),
                        GuiceContainer.create()))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("operationId 'getItem'");
    }

    @Test
    void builderMistakesFailAtTheCall() {
        Operation.Builder builder = Operation.builder(HttpMethod.POST, "/x");
        builder.body("a", ItemIn.class);
        assertThatThrownBy(() -> builder.body("b", ItemIn.class))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("only one input can be the JSON body");
        builder.header("X-A", String.class);
        assertThatThrownBy(() -> builder.header("x-a", String.class)).hasMessageContaining("declared twice");
        assertThatThrownBy(() -> builder.query("item", ItemIn.class))
                .hasMessageContaining("must be a scalar read from text");
        assertThatThrownBy(() -> builder.secured()).hasMessageContaining("names no scheme");
        assertThatThrownBy(builder::build).hasMessageContaining("no handler");
        Operation.Builder noContent = Operation.builder(HttpMethod.GET, "/y").status(204);
        Operation withBody = noContent.handler(Item.class, in -> null).build();
        assertThatThrownBy(() -> start(withBody)).hasMessageContaining("status 204 never has a body");
        Operation unknownScheme = Operation.builder(HttpMethod.GET, "/z")
                .secured("Nope")
                .handler(String.class, in -> "z")
                .build();
        assertThatThrownBy(() -> start(unknownScheme)).hasMessageContaining("unknown scheme 'Nope'");
    }

    @Test
    void aFeatureAddsOperationsToEveryApi() {
        Auth tokens = Auth.bearer(token -> token.equals("t") ? Optional.of("ann") : Optional.empty());
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder().prefix("/v1").title("One").build())
                .mount(KunaiApi.builder()
                        .prefix("/v2")
                        .title("Two")
                        .auth(tokens)
                        .build())
                .feature(setup -> setup.apiOperations(api -> List.of(Operation.builder(HttpMethod.GET, "/about")
                        .tags("about")
                        .handler(String.class, in -> api.title())
                        .build())))
                .build());
        assertThat(client.get("/v1/about").text()).isEqualTo("\"One\"");
        assertThat(client.get("/v2/about").status()).isEqualTo(401);
        assertThat(client.send(TestRequest.of("GET", "/v2/about").header("Authorization", "Bearer t"))
                        .text())
                .isEqualTo("\"Two\"");
        assertThat(client.get("/v1/openapi.json")
                        .json()
                        .at("/paths/~1v1~1about/get/operationId")
                        .asText())
                .isEqualTo("get_about");
        assertThat(client.send(TestRequest.of("GET", "/v2/openapi.json").header("Authorization", "Bearer t"))
                        .json()
                        .at("/paths/~1v2~1about/get/responses")
                        .has("401"))
                .isTrue();
    }

    /** A request-scoped value a feature provides: opened per request, closed after it. */
    @dev.kunai.inject.RequestScoped
    public static final class Visit {
        final String path;

        Visit(String path) {
            this.path = path;
        }
    }

    @Test
    void aCodeOperationReceivesTheRequestItsContextAndRequestScopedValues() {
        List<String> closed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Operation.Builder get = Operation.builder(HttpMethod.GET, "/visit");
        Input<dev.kunai.http.HttpRequest> request = get.context(dev.kunai.http.HttpRequest.class);
        Input<Visit> visit = get.context(Visit.class);
        Input<dev.kunai.http.RequestContext> context = get.context(dev.kunai.http.RequestContext.class);
        Operation operation = get.handler(String.class, in -> {
                    in.get(context).addHeader("X-Seen", "yes");
                    return in.get(visit).path + " "
                            + in.get(request).header("X-Who").orElse("-");
                })
                .build();
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder().prefix("/api").operations(operation).build())
                .feature(setup -> setup.requestValue(new dev.kunai.inject.RequestValue<Visit>() {
                    @Override
                    public Class<Visit> type() {
                        return Visit.class;
                    }

                    @Override
                    public Visit open(dev.kunai.http.RequestContext ctx) {
                        return new Visit("/api/visit");
                    }

                    @Override
                    public void close(Visit value, boolean failed) {
                        closed.add(value.path + (failed ? " failed" : " ok"));
                    }
                }))
                .build());
        TestResponse response = client.send(TestRequest.of("GET", "/api/visit").header("X-Who", "ann"));
        assertThat(response.text()).isEqualTo("\"/api/visit ann\"");
        assertThat(response.header("X-Seen")).contains("yes");
        assertThat(closed).containsExactly("/api/visit ok");
        assertThat(client.get("/api/openapi.json")
                        .json()
                        .at("/paths/~1api~1visit/get")
                        .has("parameters"))
                .as("context inputs are not client parameters")
                .isFalse();
    }

    @Test
    void aContextInputMustBeTheRequestItsContextOrRequestScoped() {
        Operation.Builder get = Operation.builder(HttpMethod.GET, "/visit");
        assertThatThrownBy(() -> get.context(String.class))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("java.lang.String");
        Operation.Builder unprovided = Operation.builder(HttpMethod.GET, "/visit");
        unprovided.context(Visit.class);
        Operation operation = unprovided.handler(String.class, in -> "x").build();
        assertThatThrownBy(() -> start(operation))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("nothing provides the request-scoped Visit");
    }

    private static Operation sameRoute() {
        Operation.Builder builder =
                Operation.builder(HttpMethod.GET, "/items/{id}").operationId("other");
        builder.path("id", long.class);
        return builder.handler(String.class, in -> "x").build();
    }

    private static TestClient start(Operation operation) {
        return TestClient.forApi(
                KunaiApi.builder().prefix("/api").operations(operation).build(), GuiceContainer.create());
    }
}
