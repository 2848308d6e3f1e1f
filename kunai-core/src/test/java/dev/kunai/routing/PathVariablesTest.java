package dev.kunai.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.openapi.OpenApi;
import dev.kunai.operation.OperationModels;
import dev.kunai.param.Path;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Path variables in the API prefix, the controller prefix and the operation path, over the in-process client. */
class PathVariablesTest {

    @Controller("/shops/{shop}")
    public static class Items {
        @Get("/items/{id}")
        public Map<String, String> item(String tenant, String shop, int id) {
            return Map.of("tenant", tenant, "shop", shop, "id", String.valueOf(id));
        }

        @Get("/named/{item}")
        public Map<String, String> named(@Path("tenant") String who, @Path("item") String what, String shop) {
            return Map.of("who", who, "what", what, "shop", shop);
        }

        @Get("/p/café")
        public String cafe() {
            return "café";
        }

        @Get("/files/{name}")
        public String file(String name) {
            return name;
        }

        @Get("/nine/{a}/{b}/{c}/{d}/{e}/{f}/{g}/{h}")
        public List<String> nine(String a, String b, String c, String d, String e, String f, String g, String h) {
            return List.of(a, b, c, d, e, f, g, h);
        }
    }

    static final KunaiApi API =
            KunaiApi.builder().prefix("/t/{tenant}").controllers(Items.class).build();
    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());

    @Test
    void eachVariableBindsToItsOwnName() {
        TestResponse response = CLIENT.get("/t/acme/shops/north/items/42");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json(Map.class)).isEqualTo(Map.of("tenant", "acme", "shop", "north", "id", "42"));
        assertThat(CLIENT.get("/t/acme/shops/north/named/x%2Fy").json(Map.class))
                .isEqualTo(Map.of("who", "acme", "what", "x/y", "shop", "north"));
    }

    @Test
    void nineVariablesAcrossPrefixesMatch() {
        TestResponse response = CLIENT.get("/t/acme/shops/north/nine/1/2/3/4/5/6/7/8");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\"]");
    }

    @Test
    void encodedLiteralsMatchAndAmbiguousPathsAre400() {
        assertThat(CLIENT.get("/t/acme/shops/n/p/caf%C3%A9").text()).isEqualTo("\"café\"");
        assertThat(CLIENT.get("/t/acme/shops/n/files/a%2Fb").text()).isEqualTo("\"a/b\"");
        TestResponse dots = CLIENT.get("/t/acme/shops/n/files/%2e%2e");
        assertThat(dots.status()).isEqualTo(400);
        assertThat(dots.text()).isEqualTo("{\"detail\":\"Ambiguous request path: dot segment ('..')\"}");
        assertThat(CLIENT.get("/t/acme//shops/n/files/x").status()).isEqualTo(400);
        assertThat(CLIENT.get("/t/acme/shops/n/files/%E9").text())
                .isEqualTo("{\"detail\":\"Invalid UTF-8 in percent-encoded URL or form data\"}");
    }

    @Test
    void openApiDeclaresEveryVariableOfTheFullTemplate() {
        JsonNode doc = OpenApi.generate(API, OperationModels.describe(API)).tree();
        JsonNode parameters = doc.at("/paths/~1t~1{tenant}~1shops~1{shop}~1items~1{id}/get/parameters");
        List<String> declared = new ArrayList<>();
        parameters.forEach(
                p -> declared.add(p.get("in").asText() + ":" + p.get("name").asText()));
        assertThat(declared).containsExactlyInAnyOrder("path:tenant", "path:shop", "path:id");
        JsonNode unbound = doc.at("/paths/~1t~1{tenant}~1shops~1{shop}~1p~1café/get/parameters");
        assertThat(unbound).hasSize(2);
        assertThat(unbound.get(0).get("name").asText()).isEqualTo("tenant");
        assertThat(unbound.get(0).get("required").asBoolean()).isTrue();
        assertThat(unbound.get(0).at("/schema/type").asText()).isEqualTo("string");
    }

    @Controller("/")
    public static class Root {
        @Get("/ping")
        public String ping() {
            return "pong";
        }
    }

    @Test
    void aRootControllerPrefixAddsNoEmptySegment() {
        TestClient client = TestClient.forApi(
                KunaiApi.builder().prefix("/api").controllers(Root.class).build(), GuiceContainer.create());
        assertThat(client.get("/api/ping").text()).isEqualTo("\"pong\"");
    }

    @Controller("/x")
    public static class Unbound {
        @Get("/items/{id}")
        public String item() {
            return "";
        }
    }

    @Controller("/x/{id}")
    public static class Repeated {
        @Get("/items/{id}")
        public String item(int id) {
            return "";
        }
    }

    @Test
    void theFullTemplateIsCheckedAtStartUp() {
        assertThatThrownBy(() -> TestClient.forApi(
                        KunaiApi.builder()
                                .prefix("/t/{tenant}")
                                .controllers(Unbound.class)
                                .build(),
                        GuiceContainer.create()))
                .hasMessageContaining("path variable {id} has no parameter");
        assertThatThrownBy(() -> TestClient.forApi(
                        KunaiApi.builder()
                                .prefix("/t/{id}")
                                .controllers(Repeated.class)
                                .build(),
                        GuiceContainer.create()))
                .hasMessageContaining("declares {id} twice");
        assertThatThrownBy(() -> TestClient.forApi(
                        KunaiApi.builder()
                                .prefix("/t/{a")
                                .controllers(Unbound.class)
                                .build(),
                        GuiceContainer.create()))
                .hasMessageContaining("a variable must fill a whole segment");
    }
}
