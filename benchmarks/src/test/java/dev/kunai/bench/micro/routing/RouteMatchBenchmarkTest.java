package dev.kunai.bench.micro.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.HttpMethod;
import dev.kunai.routing.Router;
import org.junit.jupiter.api.Test;

/** Runs each routing benchmark once and checks it finds the right route (or the right miss). */
class RouteMatchBenchmarkTest {

    private final RouteMatchBenchmark benchmark = new RouteMatchBenchmark();

    RouteMatchBenchmarkTest() {
        benchmark.setUp();
    }

    @Test
    void literalFindsItsRoute() {
        Router.Match<Integer> match = benchmark.literal();
        assertThat(match.status()).isEqualTo(200);
        assertThat(match.target()).isEqualTo(37 * 5);
    }

    @Test
    void oneVariableCapturesTheId() {
        Router.Match<Integer> match = benchmark.oneVariable();
        assertThat(match.status()).isEqualTo(200);
        assertThat(match.target()).isEqualTo(21 * 5 + 3);
        assertThat(match.names()).containsExactly("id");
        assertThat(match.values()[0]).isEqualTo("12345");
    }

    @Test
    void twoVariablesCaptureBoth() {
        Router.Match<Integer> match = benchmark.twoVariables();
        assertThat(match.status()).isEqualTo(200);
        assertThat(match.target()).isEqualTo(5 * 5 + 4);
        assertThat(match.names()).containsExactly("id", "item");
        assertThat(match.values()[0]).isEqualTo("7");
        assertThat(match.values()[1]).isEqualTo("abc");
    }

    @Test
    void missesAreReported() {
        assertThat(benchmark.notFound().status()).isEqualTo(404);
        Router.Match<Integer> wrongMethod = benchmark.methodNotAllowed();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.allow()).isEqualTo("GET, HEAD, PUT");
    }

    @Test
    void theTableHasTwoHundredDistinctRoutes() {
        Router<Integer> table = RouteMatchBenchmark.table();
        java.util.Set<Integer> targets = new java.util.HashSet<>();
        for (int i = 0; i < RouteMatchBenchmark.RESOURCES; i++) {
            String base = "/api/v1/r" + i + "/";
            targets.add(table.match(HttpMethod.GET, base).target());
            targets.add(table.match(HttpMethod.POST, base).target());
            targets.add(table.match(HttpMethod.GET, base + "1").target());
            targets.add(table.match(HttpMethod.PUT, base + "1").target());
            targets.add(table.match(HttpMethod.GET, base + "1/items/2").target());
        }
        assertThat(targets).hasSize(200).doesNotContainNull();
    }
}
