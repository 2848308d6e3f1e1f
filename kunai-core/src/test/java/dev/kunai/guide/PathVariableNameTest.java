package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.param.Path;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.PathVariableName;
import dev.kunai.testing.TestClient;
import org.junit.jupiter.api.Test;

/** {@code @PathVariableName} renames a variable of inherited routes in the path, the binding and the document. */
class PathVariableNameTest {

    /** Routes fixed on {@code {id}}, as a reusable base declares them. */
    public abstract static class ByKey {
        @Get("{id}")
        public String one(@Path("id") String id) {
            return "one " + id;
        }

        @Get("{id}/plain")
        public String plain(String id) {
            return "plain " + id;
        }
    }

    @Controller("books")
    @PathVariableName(variable = "id", name = "isbn")
    public static class IsbnController extends ByKey {}

    @Controller("shelves/{isbn}")
    @PathVariableName(variable = "id", name = "isbn")
    public static class ClashingController extends ByKey {}

    @Test
    void theRenamedVariableIsBoundAndDocumentedUnderItsNewName() {
        KunaiApi api = KunaiApi.builder()
                .prefix("/api")
                .controllers(IsbnController.class)
                .build();
        TestClient client = TestClient.forApi(api, GuiceContainer.create());
        assertThat(client.get("/api/books/9780553383041").json().asText()).isEqualTo("one 9780553383041");
        assertThat(client.get("/api/books/42/plain").json().asText()).isEqualTo("plain 42");
        JsonNode paths = client.get("/api/openapi.json").json().get("paths");
        assertThat(paths.has("/api/books/{isbn}")).isTrue();
        assertThat(paths.has("/api/books/{id}")).isFalse();
        JsonNode parameter = paths.at("/~1api~1books~1{isbn}/get/parameters/0");
        assertThat(parameter.get("name").asText()).isEqualTo("isbn");
        assertThat(parameter.get("in").asText()).isEqualTo("path");
        assertThat(paths.at("/~1api~1books~1{isbn}~1plain/get/parameters/0/name")
                        .asText())
                .isEqualTo("isbn");
    }

    @Test
    void aNameThatClashesWithAnotherVariableFailsAtStartUp() {
        KunaiApi api = KunaiApi.builder()
                .prefix("/api")
                .controllers(ClashingController.class)
                .build();
        assertThatThrownBy(() -> TestClient.forApi(api, GuiceContainer.create()))
                .hasMessageContaining("declares {isbn} twice");
    }
}
