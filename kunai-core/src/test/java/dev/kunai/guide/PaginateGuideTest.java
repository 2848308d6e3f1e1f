package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.operation.ParameterSettings;
import dev.kunai.pagination.CursorPagination;
import dev.kunai.pagination.LimitOffset;
import dev.kunai.pagination.LimitOffsetPagination;
import dev.kunai.pagination.Page;
import dev.kunai.pagination.PageNumberPagination;
import dev.kunai.pagination.Paged;
import dev.kunai.pagination.Paginate;
import dev.kunai.pagination.PaginationFeature;
import dev.kunai.pagination.Paginator;
import dev.kunai.pagination.Source;
import dev.kunai.pagination.Window;
import dev.kunai.param.Query;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/pagination.md's "@Paginate": the decorator style, default and named paginators. */
class PaginateGuideTest {

    // --- example start
    @Controller("numbers")
    public static class NumberController {
        static final List<Integer> NUMBERS = IntStream.range(0, 25).boxed().toList();

        /** {@code ?limit=&offset=} from the application's default paginator; {@code {"items", "count"}}. */
        @Paginate
        @Get("")
        public Source<Integer> numbers(@Query Optional<Integer> below) {
            return Source.of(NUMBERS.stream().filter(n -> n < below.orElse(100)).toList());
        }

        /** {@code ?page=&page_size=} from the page-number paginator registered with the feature. */
        @Paginate(PageNumberPagination.class)
        @Get("pages")
        public CompletionStage<Source<Integer>> pages() {
            return CompletableFuture.completedFuture(Source.of(NUMBERS));
        }
    }

    static TestClient client() {
        return TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(NumberController.class)
                        .build())
                .feature(PaginationFeature.of(LimitOffsetPagination.of(10, 20), PageNumberPagination.of(5, 10)))
                .build());
    }
    // --- example end

    @Test
    void theDefaultPaginatorPagesWhatTheHandlerReturns() {
        TestClient client = client();
        JsonNode first = client.get("/api/numbers/").json();
        assertThat(first.get("count").asLong()).isEqualTo(25);
        assertThat(first.get("items")).hasSize(10);
        assertThat(client.get("/api/numbers/?limit=3&offset=20&below=22").json().toString())
                .isEqualTo("{\"items\":[20,21],\"count\":22}");
    }

    @Test
    void aNamedPaginatorPagesAnAsyncResult() {
        JsonNode third = client().get("/api/numbers/pages?page=3&page_size=10").json();
        assertThat(third.get("items").toString()).isEqualTo("[20,21,22,23,24]");
        assertThat(third.get("count").asLong()).isEqualTo(25);
    }

    @Test
    void badPageInputIsOne422WithTheHandlersOwnErrors() {
        var response = client().get("/api/numbers/?limit=21&offset=-1&below=x");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).contains("[\"query\",\"below\"]").contains("[\"query\",\"offset\"]");
        // one error per input, in the paginator record's component order (limit, then offset), every time
        var both = client().get("/api/numbers/?limit=0&offset=-1").json();
        assertThat(both.get("detail").findValuesAsText("type")).hasSize(2);
        assertThat(both.get("detail").findValues("loc").stream()
                        .map(JsonNode::toString)
                        .toList())
                .containsExactly("[\"query\",\"limit\"]", "[\"query\",\"offset\"]");
        // a constraint error names the input as the client wrote it (page_size), like a conversion error does
        for (String query : List.of("page_size=0", "page_size=11", "page_size=abc")) {
            var pageSize = client().get("/api/numbers/pages?" + query);
            assertThat(pageSize.status()).as(query).isEqualTo(422);
            assertThat(pageSize.json().at("/detail/0/loc").toString()).as(query).isEqualTo("[\"query\",\"page_size\"]");
        }
        var tooLarge = client().get("/api/numbers/?limit=21");
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.text()).contains("[\"query\",\"limit\"]");
    }

    @Test
    void theDocumentShowsThePaginatorsParametersAndEnvelope() {
        JsonNode doc = client().get("/api/openapi.json").json();
        JsonNode list = doc.at("/paths/~1api~1numbers~1/get");
        assertThat(list.get("parameters").findValuesAsText("name")).containsExactly("below", "limit", "offset");
        String ref =
                list.at("/responses/200/content/application~1json/schema/$ref").asText();
        assertThat(ref).contains("Page");
        // constraints on the value inside Optional<@Min(1) Integer> are the parameter's own
        JsonNode parameters = list.get("parameters");
        assertThat(parameters.get(1).at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(parameters.get(2).at("/schema/minimum").asInt()).isZero();
        assertThat(parameters.get(2).at("/schema/minimum").isMissingNode()).isFalse();
        JsonNode pages = doc.at("/paths/~1api~1numbers~1pages/get");
        assertThat(pages.get("parameters").findValuesAsText("name")).containsExactly("page", "page_size");
    }

    @Test
    void theDocumentShowsEachPaginatorsDefaultAndBoundsFromItsSettings() {
        JsonNode doc = client().get("/api/openapi.json").json();
        JsonNode list = doc.at("/paths/~1api~1numbers~1/get/parameters");
        // LimitOffsetPagination.of(10, 20): limit defaults to 10, 1..20; offset defaults to 0, at least 0
        assertThat(list.get(1).get("schema").toString())
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"maximum\":20,\"default\":10}");
        assertThat(list.get(2).get("schema").toString())
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int64\",\"minimum\":0,\"default\":0}");
        // PageNumberPagination.of(5, 10): page from 1 (default 1); page_size defaults to 5, 1..10
        JsonNode pages = doc.at("/paths/~1api~1numbers~1pages/get/parameters");
        assertThat(pages.get(0).at("/schema/default").asInt()).isEqualTo(1);
        assertThat(pages.get(0).at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(pages.get(0).at("/schema/maximum").isMissingNode()).isTrue();
        assertThat(pages.get(1).at("/schema/default").asInt()).isEqualTo(5);
        assertThat(pages.get(1).at("/schema/maximum").asInt()).isEqualTo(10);
        // what the document says is what the server applies: the maximum is accepted, one more is a 422
        assertThat(client().get("/api/numbers/pages?page_size=10").json().get("items"))
                .hasSize(10);
        assertThat(client().get("/api/numbers/pages?page_size=11").status()).isEqualTo(422);
        assertThat(client().get("/api/numbers/?limit=20").json().get("items")).hasSize(20);
    }

    @Test
    void aCursorPaginatorsPageSizeIsDocumentedFromItsSettings() {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(CursorController.class)
                        .build())
                .feature(PaginationFeature.of(CursorPagination.withRandomSecret(7, 30)))
                .build());
        JsonNode parameters = client.get("/api/openapi.json").json().at("/paths/~1api~1cursor~1/get/parameters");
        assertThat(parameters.findValuesAsText("name")).containsExactly("cursor", "page_size");
        JsonNode pageSize = parameters.get(1).get("schema");
        assertThat(pageSize.get("default").asInt()).isEqualTo(7);
        assertThat(pageSize.get("minimum").asInt()).isEqualTo(1);
        assertThat(pageSize.get("maximum").asInt()).isEqualTo(30);
        // the 400 a forged cursor gets is documented, and is what a forged cursor gets
        JsonNode responses = client.get("/api/openapi.json").json().at("/paths/~1api~1cursor~1/get/responses");
        assertThat(responses.at("/400/description").asText()).isEqualTo("Invalid cursor");
        var forged = client.get("/api/cursor/?cursor=forged");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text()).isEqualTo("{\"detail\":\"Invalid cursor\"}");
    }

    @Test
    void settingsForAParameterThePaginatorDoesNotHaveFailStartUp() {
        Paginator<LimitOffset, Page<?>> wrong = new Paginator<>() {
            private final LimitOffsetPagination pages = LimitOffsetPagination.defaults();

            @Override
            public Class<LimitOffset> inputType() {
                return LimitOffset.class;
            }

            @Override
            public java.lang.reflect.Type envelopeType(java.lang.reflect.Type item) {
                return pages.envelopeType(item);
            }

            @Override
            public List<ParameterSettings> parameterSettings() {
                return List.of(ParameterSettings.bounded("size", 10, 1, 20));
            }

            @Override
            public Window window(LimitOffset input) {
                return pages.window(input);
            }

            @Override
            public Page<?> envelope(LimitOffset input, Window window, Paged<?> page) {
                return pages.envelope(input, window, page);
            }
        };
        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .prefix("/api")
                                .controllers(CursorController.class)
                                .build())
                        .feature(PaginationFeature.of(wrong))
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("CursorController")
                .hasMessageContaining("'size'")
                .hasMessageContaining("LimitOffset");
    }

    @Controller("cursor")
    public static class CursorController {
        @Paginate
        @Get("")
        public Source<Integer> numbers() {
            return Source.of(List.of(1, 2, 3));
        }
    }

    @Test
    void withoutTheFeatureTheDefaultsApply() {
        TestClient client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(PlainController.class)
                        .build())
                .build());
        JsonNode page = client.get("/api/plain/").json();
        assertThat(page.get("items")).hasSize(100);
        assertThat(page.get("count").asLong()).isEqualTo(150);
    }

    @Controller("plain")
    public static class PlainController {
        @Paginate
        @Get("")
        public Source<Integer> all() {
            return Source.of(IntStream.range(0, 150).boxed().toList());
        }
    }

    @Controller("lists")
    public static class ListController {
        /** A list, paged in memory because it is marked. */
        @Paginate
        @Get("marked")
        public List<Integer> marked() {
            return IntStream.range(0, 30).boxed().toList();
        }

        /** A list, paged only when the feature pages every list. */
        @Get("plain")
        public List<Integer> plain() {
            return IntStream.range(0, 30).boxed().toList();
        }

        /** A source is always paged: it says what to read, not what to write. */
        @Get("source")
        public Source<Integer> source() {
            return Source.of(IntStream.range(0, 30).boxed().toList());
        }
    }

    static TestClient lists(PaginationFeature feature) {
        return TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("")
                        .controllers(ListController.class)
                        .build())
                .feature(feature)
                .build());
    }

    @Test
    void aMarkedListIsPagedInMemoryAndASourceAlways() {
        TestClient client = lists(PaginationFeature.of(LimitOffsetPagination.of(10, 20)));
        assertThat(client.get("/lists/marked?offset=25").json().toString())
                .isEqualTo("{\"items\":[25,26,27,28,29],\"count\":30}");
        assertThat(client.get("/lists/source?limit=2").json().toString()).isEqualTo("{\"items\":[0,1],\"count\":30}");
        assertThat(client.get("/lists/plain").json()).hasSize(30);
    }

    @Test
    void everyListPagesUnmarkedListsToo() {
        TestClient client =
                lists(PaginationFeature.of(LimitOffsetPagination.of(10, 20)).everyList());
        assertThat(client.get("/lists/plain?limit=3").json().toString()).isEqualTo("{\"items\":[0,1,2],\"count\":30}");
        assertThat(client.get("/lists/marked").json().get("items")).hasSize(10);
    }

    @Controller("wrong")
    public static class MapController {
        @Paginate
        @Get("")
        public Map<String, Integer> all() {
            return Map.of("one", 1);
        }
    }

    @Test
    void aPaginatedOperationThatReturnsNeitherASourceNorAListFailsAtStartUp() {
        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(MapController.class)
                                .build())
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("MapController.all")
                .hasMessageContaining("Source<T>");
    }

    @Test
    void aPaginatorTheFeatureDoesNotHaveFailsAtStartUp() {
        assertThatThrownBy(() -> Dispatcher.builder()
                        .mount(KunaiApi.builder()
                                .controllers(NumberController.class)
                                .build())
                        .feature(PaginationFeature.defaults())
                        .build())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("NumberController.pages")
                .hasMessageContaining("PageNumberPagination");
    }

    @Test
    void twoPaginatorsOfOneClassAreRejected() {
        assertThatThrownBy(() -> PaginationFeature.of(LimitOffsetPagination.of(1, 2), LimitOffsetPagination.of(3, 4)))
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("LimitOffsetPagination");
    }
}
