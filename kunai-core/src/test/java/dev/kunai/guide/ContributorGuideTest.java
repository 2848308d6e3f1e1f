package dev.kunai.guide;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.reflect.TypeParameter;
import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.binding.Types;
import dev.kunai.contributor.Input;
import dev.kunai.contributor.OperationContributor;
import dev.kunai.http.HttpRequest;
import dev.kunai.param.Query;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.schema.Default;
import dev.kunai.testing.TestClient;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/extending.md's "Operation contributors": a small paginator. */
class ContributorGuideTest {

    // --- example start
    /** Marks a {@code List<T>} operation to be answered one page at a time. */
    @Retention(RUNTIME)
    @Target(METHOD)
    public @interface Paged {}

    /** The inputs the paginator adds: query parameters, not handler parameters. */
    public record PageParams(
            @Default("10") @Min(1) @Max(100) int limit,
            @Default("0") @Min(0) int offset) {}

    /** What a paged operation answers. */
    public record Page<T>(List<T> items, int count) {}

    static final OperationContributor PAGINATE = operation -> {
        if (operation.model().annotation(Paged.class).isEmpty()) {
            return;
        }
        Input<PageParams> params = operation.queryInputs(PageParams.class);
        Type item = Types.argument(operation.resultType(), 0); // List<T> -> T
        operation.transformResult(pageOf(item), (result, inputs) -> {
            List<?> all = (List<?>) result;
            PageParams page = inputs.get(params);
            int from = Math.min(page.offset(), all.size());
            return new Page<>(all.subList(from, Math.min(from + page.limit(), all.size())), all.size());
        });
    };

    @SuppressWarnings("unchecked")
    static <T> Type pageOf(Type item) {
        return new TypeToken<Page<T>>() {}.where(new TypeParameter<T>() {}, (TypeToken<T>) TypeToken.of(item))
                .getType();
    }

    @Controller("numbers")
    public static class NumberController {
        @Paged
        @Get("")
        public List<Integer> numbers(@Query @Default("") String label) {
            return IntStream.range(0, 25).boxed().toList();
        }
    }

    static TestClient client() {
        return TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(NumberController.class)
                        .build())
                .feature(setup -> setup.contributor(PAGINATE))
                .build());
    }
    // --- example end

    @Test
    void theContributedInputsAreBoundValidatedAndHandedToTheTransformer() {
        TestClient client = client();
        JsonNode first = client.get("/api/numbers/").json();
        assertThat(first.get("count").asInt()).isEqualTo(25);
        assertThat(first.get("items")).hasSize(10);
        JsonNode last = client.get("/api/numbers/?limit=10&offset=20").json();
        assertThat(last.get("items").toString()).isEqualTo("[20,21,22,23,24]");
        var unparsable = client.get("/api/numbers/?offset=x&label=ok");
        assertThat(unparsable.status()).isEqualTo(422);
        assertThat(unparsable.text()).contains("\"loc\":[\"query\",\"offset\"]");
        var outOfRange = client.get("/api/numbers/?limit=0");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.text()).contains("\"loc\":[\"query\",\"limit\"]");
    }

    @Test
    void theDocumentShowsTheInputsAndThePageType() {
        String text = client().get("/api/openapi.json").text();
        assertThat(new OpenAPIV3Parser().readContents(text).getMessages()).isEmpty();
        JsonNode operation = client().get("/api/openapi.json").json().at("/paths/~1api~1numbers~1/get");
        List<String> names = operation.get("parameters").findValuesAsText("name");
        assertThat(names).containsExactly("label", "limit", "offset");
        String ok = operation
                .at("/responses/200/content/application~1json/schema/$ref")
                .asText();
        assertThat(ok).contains("Page");
    }

    @Controller("clash")
    public static class ClashController {
        @Paged
        @Get("")
        public List<Integer> clash(@Query int limit) {
            return List.of(limit);
        }
    }

    @Test
    void anInputNamedLikeAHandlerParameterFailsAtStartUp() {
        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(ClashController.class)
                                .build())
                        .contributor(PAGINATE)
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("ClashController.clash")
                .hasMessageContaining("'limit'");
    }

    @Controller("raw")
    public static class RawRequestController {
        @Get("agent")
        public Map<String, String> agent(HttpRequest request) {
            return Map.of("agent", request.header("User-Agent").orElse("none"), "method", request.method());
        }
    }

    @Test
    void aHandlerCanTakeTheRawHttpRequest() {
        var response = TestClient.of(Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .prefix("")
                                .controllers(RawRequestController.class)
                                .build())
                        .build())
                .send(dev.kunai.testing.TestRequest.of("GET", "/raw/agent").header("User-Agent", "probe"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("agent").asText()).isEqualTo("probe");
    }
}
