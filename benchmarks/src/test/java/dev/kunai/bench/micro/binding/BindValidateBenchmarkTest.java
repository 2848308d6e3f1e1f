package dev.kunai.bench.micro.binding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Runs each binding benchmark once and checks the pipeline bound, validated and answered as the contract says. */
class BindValidateBenchmarkTest {

    private final BindValidateBenchmark benchmark = new BindValidateBenchmark();

    BindValidateBenchmarkTest() {
        benchmark.setUp();
    }

    @Test
    void validPayloadIsEchoedWith201() {
        HttpResponse response = benchmark.valid();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.bodyText()).isEqualTo("{\"title\":\"Benchmark book\",\"tags\":[\"load\",\"test\"]}");
        // the same request object is reused by every invocation: its body must be readable again
        assertThat(benchmark.valid().bodyText()).isEqualTo(response.bodyText());
    }

    @Test
    void missingTitleIs422FieldRequired() {
        HttpResponse response = benchmark.missingTitle();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.bodyText())
                .isEqualTo(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"payload\",\"title\"],\"msg\":\"Field required\"}]}");
    }

    @Test
    void tooLongTitleIs422StringTooLong() {
        HttpResponse response = benchmark.tooLongTitle();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.bodyText())
                .startsWith("{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"payload\",\"title\"]");
    }
}
