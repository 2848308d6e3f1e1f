package dev.kunai.bench.micro.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.HttpResponse;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.testing.TestRequest;
import dev.kunai.throttling.Rate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the stage-chain benchmark once per variant and checks each variant runs exactly the steps it names. */
class StageChainBenchmarkTest {

    private static final String HELLO = "{\"message\":\"Hello, world!\"}";

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 6})
    void everyVariantAnswersHello(int stages) {
        StageChainBenchmark benchmark = new StageChainBenchmark();
        benchmark.stages = stages;
        benchmark.setUp();

        HttpResponse response = benchmark.hello();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo(HELLO);
    }

    @Test
    void withoutStagesNothingIsChecked() {
        Dispatcher chain = StageChainBenchmark.dispatcher(0, new Rate(1, Duration.ofHours(1)));

        assertThat(chain.handle(TestRequest.of("GET", "/api/hello")).status()).isEqualTo(200);
        assertThat(chain.handle(TestRequest.of("GET", "/api/hello")).status()).isEqualTo(200);
        assertThat(chain.handle(StageChainBenchmark.request()).header("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6})
    void authAndThrottleRun(int stages) {
        Dispatcher chain = StageChainBenchmark.dispatcher(stages, new Rate(1, Duration.ofHours(1)));

        assertThat(chain.handle(TestRequest.of("GET", "/api/hello")).status()).isEqualTo(401);
        assertThat(chain.handle(StageChainBenchmark.request()).status()).isEqualTo(200);
        assertThat(chain.handle(StageChainBenchmark.request()).status()).isEqualTo(429);
    }

    @Test
    void sixStagesAddCorsAndTheCustomChecks() {
        Dispatcher three = StageChainBenchmark.dispatcher(3, new Rate(100, Duration.ofHours(1)));
        Dispatcher six = StageChainBenchmark.dispatcher(6, new Rate(100, Duration.ofHours(1)));
        TestRequest blankTenant = StageChainBenchmark.request().header("X-Tenant", " ");

        assertThat(six.handle(StageChainBenchmark.request()).header("Access-Control-Allow-Origin"))
                .contains(StageChainBenchmark.ORIGIN);
        assertThat(three.handle(StageChainBenchmark.request()).header("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(six.handle(blankTenant).status()).isEqualTo(400);
        assertThat(three.handle(blankTenant).status()).isEqualTo(200);
    }
}
