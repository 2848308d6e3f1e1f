package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.testing.TestClient;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A generic CRUD base class: parameter and result types are resolved against the concrete controller. */
class GenericControllerTest {

    /** A reusable base: list and create items of type {@code S}. */
    public abstract static class CrudController<S> {
        private final List<S> items = new ArrayList<>();

        @Get("")
        public List<S> list() {
            return List.copyOf(items);
        }

        @Post(value = "", status = 201)
        public S create(@Body S item) {
            items.add(item);
            return item;
        }
    }

    public record Pet(@NotBlank String name, @Min(0) int age) {}

    @Controller("pets")
    public static class PetController extends CrudController<Pet> {}

    /** Re-declares the generic create with its own summary: the compiler's bridge method is not an operation. */
    @Controller("cats")
    public static class CatController extends CrudController<Pet> {
        @Override
        @Post(value = "", status = 201, summary = "Adopt a cat")
        public Pet create(@Body Pet item) {
            return super.create(item);
        }
    }

    @Test
    void aRedeclaredGenericRouteIsOneOperationOfTheConcreteType() {
        KunaiApi api = KunaiApi.builder()
                .prefix("/api")
                .controllers(CatController.class)
                .build();
        TestClient client = TestClient.forApi(api, GuiceContainer.create());
        assertThat(client.post("/api/cats/", Map.of("name", "Tom", "age", 2)).status())
                .isEqualTo(201);
        assertThat(client.post("/api/cats/", Map.of("name", "")).status()).isEqualTo(422);
        JsonNode post = client.get("/api/openapi.json").json().at("/paths/~1api~1cats~1/post");
        assertThat(post.get("summary").asText()).isEqualTo("Adopt a cat");
        assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("/Pet");
    }

    static final KunaiApi API =
            KunaiApi.builder().prefix("/api").controllers(PetController.class).build();

    @Test
    void theBodyBindsAndValidatesAsTheConcreteType() {
        TestClient client = TestClient.forApi(API, GuiceContainer.create());
        var created = client.post("/api/pets/", Map.of("name", "Rex", "age", 3));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo("Rex");
        var invalid = client.post("/api/pets/", Map.of("name", "", "age", -1));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("detail")).hasSize(2);
        assertThat(client.get("/api/pets/").json().get(0).get("age").asInt()).isEqualTo(3);
    }

    @Test
    void theDocumentNamesTheConcreteType() {
        TestClient client = TestClient.forApi(API, GuiceContainer.create());
        String text = client.get("/api/openapi.json").text();
        assertThat(new OpenAPIV3Parser().readContents(text).getMessages()).isEmpty();
        JsonNode pets = client.get("/api/openapi.json").json().at("/paths/~1api~1pets~1");
        assertThat(pets.at("/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .endsWith("/Pet");
        assertThat(pets.at("/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText())
                .endsWith("/Pet");
    }
}
