package dev.kunai.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiApi;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.Raw;
import dev.kunai.http.Status;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The result-kind registry: one decision gives the writer and the documented responses. */
class ResultPlanTest {

    private static Type type(TypeToken<?> token) {
        return token.getType();
    }

    @Test
    void eachTypeHasOneKind() {
        assertThat(ResultPlan.of(void.class).kind()).isEqualTo(ResultKind.EMPTY);
        assertThat(ResultPlan.of(type(new TypeToken<Status<String>>() {})).kind())
                .isEqualTo(ResultKind.STATUS);
        assertThat(ResultPlan.of(Raw.class).kind()).isEqualTo(ResultKind.RAW);
        assertThat(ResultPlan.of(HttpResponse.class).kind()).isEqualTo(ResultKind.RESPONSE);
        assertThat(ResultPlan.of(type(new TypeToken<Optional<String>>() {})).kind())
                .isEqualTo(ResultKind.OPTIONAL);
        ResultPlan async = ResultPlan.of(type(new TypeToken<CompletionStage<List<String>>>() {}));
        assertThat(async.kind()).isEqualTo(ResultKind.JSON);
        assertThat(async.async()).isTrue();
        assertThat(async.type()).isEqualTo(type(new TypeToken<List<String>>() {}));
        assertThat(async.written(Raw.class).async()).isTrue();
    }

    @Test
    void theSameDecisionDocumentsAndWrites() throws IOException {
        ResultPlan optional = ResultPlan.of(type(new TypeToken<Optional<String>>() {}));
        assertThat(optional.success(200).type()).contains(String.class);
        assertThat(optional.implied()).extracting(ResponseModel::status).containsExactly(404);
        assertThat(optional.writer(200).write(Optional.empty()).status()).isEqualTo(404);
        assertThat(optional.writer(200).write(Optional.of("a")).bodyText()).isEqualTo("\"a\"");

        ResultPlan empty = ResultPlan.of(void.class);
        assertThat(empty.defaultStatus()).isEqualTo(204);
        assertThat(empty.success(204).type()).isEmpty();
        assertThat(empty.writer(204).write(null).body()).isEmpty();

        ResultPlan status = ResultPlan.of(type(new TypeToken<Status<Map<String, Integer>>>() {}));
        assertThat(status.success(200).type()).contains(type(new TypeToken<Map<String, Integer>>() {}));
        HttpResponse noContent = status.writer(200).write(Status.of(204, Map.of("a", 1)));
        assertThat(noContent.status()).isEqualTo(204);
        assertThat(noContent.body()).isEmpty();
        assertThat(noContent.header("Content-Type")).isEmpty();
        assertThat(status.writer(200).write(Status.of(202, Map.of("a", 1))).bodyText())
                .isEqualTo("{\"a\":1}");

        ResultPlan raw = ResultPlan.of(Raw.class);
        assertThat(raw.success(200).mediaType()).isEqualTo("application/octet-stream");
        HttpResponse csv = raw.writer(200).write(Raw.text("a,b", "text/csv"));
        assertThat(csv.header("Content-Type")).contains("text/csv; charset=utf-8");
    }

    @Test
    void aBodyOnANoBodyStatusIsAStartUpProblem() {
        assertThat(ResultPlan.of(String.class).statusProblem(204)).isPresent();
        assertThat(ResultPlan.of(String.class).statusProblem(304)).isPresent();
        assertThat(ResultPlan.of(String.class).statusProblem(200)).isEmpty();
        assertThat(ResultPlan.of(void.class).statusProblem(204)).isEmpty();
        assertThat(ResultPlan.of(type(new TypeToken<Status<String>>() {})).statusProblem(204))
                .isEmpty();
        assertThat(ResultPlan.of(type(new TypeToken<Status<String>>() {}))
                        .success(204)
                        .type())
                .isEmpty();
    }

    @Controller("settings")
    public static class SettingsController {
        @Get("current")
        public Optional<Map<String, String>> current() {
            return Optional.empty();
        }
    }

    @Test
    void anOptionalWithoutPathParametersDocumentsItsNotFound() {
        TestClient client = TestClient.forApi(
                KunaiApi.builder()
                        .prefix("/api")
                        .controllers(SettingsController.class)
                        .build(),
                GuiceContainer.create());
        assertThat(client.get("/api/settings/current").status()).isEqualTo(404);
        JsonNode responses = client.get("/api/openapi.json").json().at("/paths/~1api~1settings~1current/get/responses");
        assertThat(responses.at("/404/content/application~1json/schema/$ref").asText())
                .endsWith("/HTTPError");
    }
}
