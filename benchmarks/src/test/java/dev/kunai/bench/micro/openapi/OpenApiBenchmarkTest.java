package dev.kunai.bench.micro.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import dev.kunai.openapi.OpenApiDocument;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the OpenAPI benchmark once and checks the document really holds 200 distinct, complete operations. */
class OpenApiBenchmarkTest {

    @Test
    void documentHasTwoHundredOperationsWithTheirSchemas() throws Exception {
        OpenApiBenchmark benchmark = new OpenApiBenchmark();
        benchmark.setUp();

        OpenApiDocument document = benchmark.generate();

        JsonNode tree = Json.mapper().readTree(document.bytes());
        assertThat(tree.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = tree.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            assertThat(path.getKey()).startsWith("/api/v");
            for (Iterator<JsonNode> ops = path.getValue().elements(); ops.hasNext(); ) {
                JsonNode op = ops.next();
                operations++;
                operationIds.add(op.get("operationId").asText());
                assertThat(op.get("responses")).as(path.getKey()).isNotEmpty();
            }
        }
        assertThat(operations).isEqualTo(OpenApiBenchmark.OPERATIONS);
        assertThat(operationIds).hasSize(OpenApiBenchmark.OPERATIONS);
        assertThat(benchmark.operations()).hasSize(OpenApiBenchmark.OPERATIONS);
        JsonNode schemas = tree.get("components").get("schemas");
        assertThat(schemas.has("BookSchema")).isTrue();
        assertThat(schemas.has("ItemInput")).isTrue();
        assertThat(tree.at("/paths/~1api~1v3~1inventory~1items~1{id}/get/parameters/0/name")
                        .asText())
                .isEqualTo("id");
        assertThat(tree.at("/paths/~1api~1v0~1books~1/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .endsWith("BookCreateSchema");
    }

    @Test
    void eachCallGeneratesTheSameDocument() {
        OpenApiBenchmark benchmark = new OpenApiBenchmark();
        benchmark.setUp();
        assertThat(benchmark.generate().bytes()).isEqualTo(benchmark.generate().bytes());
    }
}
