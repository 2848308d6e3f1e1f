package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.Status;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.testfixtures.StandardError;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    static final KunaiApi API = KunaiApi.builder()
            .title("Shop")
            .prefix("/api/")
            .controllers(ShopController.class)
            .exceptionHandler(
                    ShopController.QuotaExceeded.class, (e, ctx) -> Status.of(429, Map.of("detail", "Slow down")))
            .build();
    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());

    @Test
    void bindsQueryWithDefaultsAndInjectsDependencies() {
        assertThat(CLIENT.get("/api/shop/hello").json().get("message").asText()).isEqualTo("Hello, world");
        assertThat(CLIENT.get("/api/shop/hello?name=Ann").json().get("message").asText())
                .isEqualTo("Hello, Ann");
    }

    @Test
    void convertsPathParametersAndReportsBadOnes() {
        assertThat(CLIENT.get("/api/shop/items/5").json().get("id").asLong()).isEqualTo(5);
        TestResponse bad = CLIENT.get("/api/shop/items/abc");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text())
                .isEqualTo("{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"path\",\"id\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\"}]}");
    }

    @Test
    void uuidEnumAndDateConversion() {
        TestResponse ok = CLIENT.get("/api/shop/uuid/123e4567-e89b-12d3-a456-426614174000?kind=PEN&day=2024-02-29");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("kind").asText()).isEqualTo("PEN");
        assertThat(ok.json().get("day").asText()).isEqualTo("2024-02-29");
        TestResponse bad = CLIENT.get("/api/shop/uuid/nope?kind=CAR&day=2024-02-30");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("detail")).hasSize(3);
        assertThat(bad.json().get("detail").get(1).get("msg").asText()).isEqualTo("Input should be 'BOOK' or 'PEN'");
        assertThat(CLIENT.get("/api/shop/uuid/123e4567-e89b-12d3-a456-426614174000?day=2024-01-01")
                        .json()
                        .get("detail")
                        .get(0)
                        .get("loc")
                        .toString())
                .isEqualTo("[\"query\",\"kind\"]");
    }

    @Test
    void restOfPathCapturesSlashes() {
        assertThat(CLIENT.get("/api/shop/files/a/b/c.txt").json().get("rest").asText())
                .isEqualTo("a/b/c.txt");
        assertThat(CLIENT.get("/api/shop/files/a%20b").json().get("rest").asText())
                .isEqualTo("a b");
    }

    @Test
    void repeatedQueryValuesAndRecordGroupAndParameterConstraints() {
        TestResponse ok = CLIENT.get("/api/shop/search?ids=1&ids=2&q=x&page=3");
        assertThat(ok.json().toString())
                .contains("\"ids\":[1,2]")
                .contains("\"page\":3")
                .contains("\"size\":10")
                .contains("\"limit\":5");
        TestResponse bad = CLIENT.get("/api/shop/search?ids=1&ids=x&limit=11&size=1000&page=0");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("[\"query\",\"ids\",1]");
        TestResponse constraints = CLIENT.get("/api/shop/search?limit=11&size=1000&page=0");
        assertThat(constraints.text())
                .contains("[\"query\",\"limit\"]")
                .contains("[\"query\",\"size\"]")
                .contains("[\"query\",\"page\"]")
                .contains("less_than_equal")
                .contains("greater_than_equal");
    }

    @Test
    void createsWithBodyAndStatus() {
        TestResponse created = CLIENT.post("/api/shop/items", Map.of("name", "pen", "price", 3, "id", 99));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).isEqualTo("{\"id\":7,\"name\":\"pen\",\"price\":3,\"tags\":[]}");
        assertThat(created.header("Content-Type")).contains("application/json");
    }

    @Test
    void bodyErrorsComeInTheRecordsDeclarationOrderWhateverTheJsonOrder() {
        TestResponse bad = CLIENT.post(
                "/api/shop/items",
                "{\"size\": {\"width\": 1}, \"tags\": [\"a\", null], \"price\": \"3\", \"name\": 5}");
        assertThat(bad.status()).isEqualTo(422);
        List<String> locs = new ArrayList<>();
        bad.json().get("detail").forEach(error -> locs.add(error.get("loc").toString()));
        assertThat(locs)
                .containsExactly(
                        "[\"body\",\"payload\",\"name\"]",
                        "[\"body\",\"payload\",\"price\"]",
                        "[\"body\",\"payload\",\"tags\",1]",
                        "[\"body\",\"payload\",\"size\",\"height\"]");
    }

    @Test
    void reportsEveryBodyErrorAtOnce() {
        TestResponse bad = CLIENT.post(
                "/api/shop/items",
                "{\"name\": 5, \"price\": \"3\", \"tags\": [\"a\", null], \"size\": {\"width\": 0}}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("detail").toString())
                .contains(
                        "{\"type\":\"string_type\",\"loc\":[\"body\",\"payload\",\"name\"],\"msg\":\"Input should be a valid string\"}")
                .contains("{\"type\":\"int_type\",\"loc\":[\"body\",\"payload\",\"price\"]")
                .contains("[\"body\",\"payload\",\"tags\",1]")
                .contains(
                        "{\"type\":\"missing\",\"loc\":[\"body\",\"payload\",\"size\",\"height\"],\"msg\":\"Field required\"}");
        TestResponse missing = CLIENT.post("/api/shop/items", "{}");
        assertThat(missing.text())
                .contains("{\"type\":\"missing\",\"loc\":[\"body\",\"payload\",\"name\"],\"msg\":\"Field required\"}");
        TestResponse constraint = CLIENT.post(
                "/api/shop/items",
                "{\"name\": \"abcdefghijk\", \"price\": -1, \"size\": {\"width\": 0, \"height\": 2}}");
        assertThat(constraint.text())
                .contains("string_too_long")
                .contains("[\"body\",\"payload\",\"name\"]")
                .contains("greater_than_equal")
                .contains("[\"body\",\"payload\",\"size\",\"width\"]");
        assertThat(CLIENT.post("/api/shop/items", "[1]")
                        .json()
                        .get("detail")
                        .get(0)
                        .get("type")
                        .asText())
                .isEqualTo("model_type");
    }

    @Test
    void malformedEmptyAndOversizedBodies() {
        assertThat(CLIENT.post("/api/shop/items", "{\"name\":").text())
                .isEqualTo("{\"detail\":\"Cannot parse request body: invalid JSON at line 1, column 9\"}");
        assertThat(CLIENT.post("/api/shop/items", "{\n  \"name\": \"pen\",\n  \"price\": 2,,\n}")
                        .text())
                .isEqualTo("{\"detail\":\"Cannot parse request body: invalid JSON at line 3, column 14\"}");
        assertThat(CLIENT.post("/api/shop/items", "{} {}").status()).isEqualTo(400);
        assertThat(CLIENT.send(TestRequest.of("POST", "/api/shop/items")).status())
                .isEqualTo(400);
        byte[] invalidUtf8 = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(CLIENT.send(TestRequest.of("POST", "/api/shop/items").body(invalidUtf8, "application/json"))
                        .text())
                .startsWith("{\"detail\":\"Cannot parse request body: invalid UTF-8 at line 1, column ");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(CLIENT.send(TestRequest.of("PATCH", "/api/shop/items/1").json("{\"a\":" + deep + "}"))
                        .status())
                .isEqualTo(400);
        byte[] big = ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        TestResponse tooLarge =
                CLIENT.send(TestRequest.of("POST", "/api/shop/items").body(big, "application/json"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asText()).contains("too large");
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWholeAndOneByteMoreIs413() {
        TestClient limited = TestClient.of(Dispatcher.builder()
                .mount(API)
                .container(GuiceContainer.create())
                .limits(Limits.defaults().withMaxBodyBytes(64))
                .build());
        // padded inside the object: a body cut short by even one byte is no longer JSON
        String item = "{\"name\":\"pen\",\"price\":2";
        String exact = item + " ".repeat(64 - item.length() - 1) + "}";
        assertThat(limited.send(TestRequest.of("POST", "/api/shop/items").json(exact))
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("pen");
        assertThat(limited.send(TestRequest.of("POST", "/api/shop/items").json(exact + " "))
                        .status())
                .isEqualTo(413);
    }

    @Test
    void putPatchDeleteAndVoid() {
        assertThat(CLIENT.put("/api/shop/items/2", Map.of("name", "a", "price", 1))
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(2);
        assertThat(CLIENT.patch("/api/shop/items/2", Map.of("price", 5))
                        .json()
                        .get("changes")
                        .get("price")
                        .asInt())
                .isEqualTo(5);
        TestResponse deleted = CLIENT.delete("/api/shop/items/2");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void headersCookiesAndContext() {
        TestResponse r = CLIENT.send(TestRequest.of("GET", "/api/shop/headers")
                .header("X-Token", "t1")
                .cookie("session", "s1"));
        assertThat(r.json().get("token").asText()).isEqualTo("t1");
        assertThat(r.json().get("session").asText()).isEqualTo("s1");
        assertThat(r.header("X-Seen")).contains("t1");
        assertThat(r.header("Set-Cookie")).contains("visited=yes; Path=/; HttpOnly; SameSite=Lax");
        TestResponse missing = CLIENT.get("/api/shop/headers");
        assertThat(missing.text()).contains("[\"header\",\"x-token\"]");
    }

    @Test
    void formsAndFiles() {
        TestResponse login =
                CLIENT.send(TestRequest.of("POST", "/api/shop/login").form(Map.of("username", "ann", "password", "x")));
        assertThat(login.json().get("user").asText()).isEqualTo("ann");
        assertThat(CLIENT.send(TestRequest.of("POST", "/api/shop/login").form(Map.of("username", "ann")))
                        .text())
                .contains("[\"form\",\"password\"]");
        TestResponse upload = CLIENT.send(TestRequest.of("POST", "/api/shop/upload")
                .multipart(List.of(
                        TestRequest.Part.field("title", "Report"),
                        TestRequest.Part.file(
                                "file", "r.txt", "text/plain", "hello file".getBytes(StandardCharsets.UTF_8)))));
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().get("text").asText()).isEqualTo("hello file");
        assertThat(upload.json().get("file").asText()).isEqualTo("r.txt");
        TestResponse noFile = CLIENT.send(
                TestRequest.of("POST", "/api/shop/upload").multipart(List.of(TestRequest.Part.field("title", "x"))));
        assertThat(noFile.text()).contains("[\"file\",\"file\"]");
    }

    @Test
    void statusWrapperAsyncOptionalAndRaw() {
        assertThat(CLIENT.get("/api/shop/status?created=true").status()).isEqualTo(201);
        assertThat(CLIENT.get("/api/shop/status?created=false").status()).isEqualTo(202);
        assertThat(CLIENT.get("/api/shop/async").json().get("name").asText()).isEqualTo("async");
        TestResponse conflict = CLIENT.get("/api/shop/async-fail");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).isEqualTo("{\"detail\":\"Conflict later\"}");
        assertThat(CLIENT.get("/api/shop/maybe/1").status()).isEqualTo(200);
        assertThat(CLIENT.get("/api/shop/maybe/2").text()).isEqualTo("{\"detail\":\"Not Found\"}");
        TestResponse csv = CLIENT.get("/api/shop/csv");
        assertThat(csv.text()).isEqualTo("a,b\n1,2\n");
        assertThat(csv.header("Content-Type")).contains("text/csv; charset=utf-8");
    }

    @Test
    void errorsAreJsonAndNeverLeakInternals() throws Exception {
        TestResponse notFound = CLIENT.get("/api/nope");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.text()).isEqualTo("{\"detail\":\"Not Found\"}");
        TestResponse wrongMethod = CLIENT.send(TestRequest.of("PUT", "/api/shop/hello"));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET, HEAD");
        assertThat(CLIENT.send(TestRequest.of("BREW", "/api/shop/hello")).status())
                .isEqualTo(405);
        List<TestResponse> boom = new ArrayList<>();
        String log = StandardError.capture(() -> boom.add(CLIENT.get("/api/shop/boom")));
        assertThat(boom.getFirst().status()).isEqualTo(500);
        // logged with its trace on the server, never sent
        assertThat(log).contains("ERROR dev.kunai.pipeline.ErrorMapper - Unhandled error in GET /api/shop/boom");
        assertThat(boom.getFirst().text()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(CLIENT.get("/api/shop/items/404").text()).isEqualTo("{\"detail\":\"No item 404\"}");
        TestResponse custom = CLIENT.get("/api/shop/custom");
        assertThat(custom.status()).isEqualTo(429);
        assertThat(custom.text()).isEqualTo("{\"detail\":\"Slow down\"}");
        assertThat(CLIENT.get("/api/shop/search?q=%ZZ").status()).isEqualTo(400);
    }

    @Test
    void headMirrorsGetWithoutBody() {
        TestResponse get = CLIENT.get("/api/shop/items/3");
        TestResponse head = CLIENT.head("/api/shop/items/3");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Length")).contains(String.valueOf(get.body().length));
    }

    @Test
    void oneOperationForSeveralMethods() {
        assertThat(CLIENT.get("/api/shop/both").json().get("method").asText()).isEqualTo("GET");
        assertThat(CLIENT.post("/api/shop/both", "{}").json().get("method").asText())
                .isEqualTo("POST");
    }

    @Test
    void asyncClientRunsConcurrently() {
        var futures = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> CLIENT.async().get("/api/shop/items/" + i))
                .toList();
        for (int i = 0; i < futures.size(); i++) {
            assertThat(futures.get(i).join().json().get("id").asInt()).isEqualTo(i);
        }
    }

    @Test
    void asyncClientHasEveryMethodOfTheSyncOne() {
        var patched =
                CLIENT.async().patch("/api/shop/items/2", Map.of("price", 5)).join();
        assertThat(patched.json().at("/changes/price").asInt()).isEqualTo(5);
        var head = CLIENT.async().head("/api/shop/items/3").join();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(CLIENT.get("/api/shop/items/3").text()).isNotEmpty();
    }

    @Test
    void controllersAloneAtRootPrefix() {
        TestClient single = TestClient.forControllers(GuiceContainer.create(), ShopController.class);
        assertThat(single.get("/shop/items/1").status()).isEqualTo(200);
    }
}
