package dev.kunai.bench.micro.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs each JSON benchmark method once and checks it writes the 10-book list the API returns. */
class BookListJsonBenchmarkTest {

    private static final String FIRST_BOOK =
            "{\"id\":1,\"title\":\"Book 1\",\"tags\":[{\"id\":1,\"name\":\"tag 1-1\"},{\"id\":2,\"name\":\"tag 1-2\"}]}";

    @Test
    void bothVariantsWriteTheSameTenBooks() throws Exception {
        BookListJsonBenchmark benchmark = new BookListJsonBenchmark();
        benchmark.setUp();

        byte[] prebuilt = benchmark.prebuiltWriter();
        byte[] perCall = benchmark.mapperPerCall();

        assertThat(prebuilt).isEqualTo(perCall);
        String json = new String(prebuilt, StandardCharsets.UTF_8);
        assertThat(json).startsWith("[" + FIRST_BOOK + ",");
        JsonNode tree = Json.mapper().readTree(prebuilt);
        assertThat(tree.size()).isEqualTo(10);
        assertThat(tree.get(9).get("id").asLong()).isEqualTo(10);
        assertThat(tree.get(9).get("tags").get(1).get("name").asText()).isEqualTo("tag 10-2");
    }
}
