package dev.kunai.bench.micro.routing;

import dev.kunai.http.HttpMethod;
import dev.kunai.routing.PathTemplate;
import dev.kunai.routing.Router;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Router#match} on a table of {@value #ROUTES} routes: {@value #RESOURCES} resources, each with
 * {@code GET}/{@code POST /api/v1/r<i>/}, {@code GET}/{@code PUT /api/v1/r<i>/{id}} and
 * {@code GET /api/v1/r<i>/{id}/items/{item}}. The target of each route is its index in registration order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouteMatchBenchmark {

    /** Number of resources in the table. */
    public static final int RESOURCES = 40;
    /** Number of (method, template) routes in the table. */
    public static final int ROUTES = RESOURCES * 5;

    private Router<Integer> router;

    /** Builds the 200-route table. */
    @Setup
    public void setUp() {
        router = table();
    }

    /** The route table the benchmarks match against. */
    static Router<Integer> table() {
        Router<Integer> table = Router.create();
        int index = 0;
        for (int i = 0; i < RESOURCES; i++) {
            String base = "/api/v1/r" + i + "/";
            table.add(HttpMethod.GET, PathTemplate.parse(base), index++);
            table.add(HttpMethod.POST, PathTemplate.parse(base), index++);
            table.add(HttpMethod.GET, PathTemplate.parse(base + "{id}"), index++);
            table.add(HttpMethod.PUT, PathTemplate.parse(base + "{id}"), index++);
            table.add(HttpMethod.GET, PathTemplate.parse(base + "{id}/items/{item}"), index++);
        }
        return table;
    }

    /** A literal path, late in the table: {@code GET /api/v1/r37/} (route 185). */
    @Benchmark
    public Router.Match<Integer> literal() {
        return router.match(HttpMethod.GET, "/api/v1/r37/");
    }

    /** One path variable: {@code PUT /api/v1/r21/12345} (route 108, id "12345"). */
    @Benchmark
    public Router.Match<Integer> oneVariable() {
        return router.match(HttpMethod.PUT, "/api/v1/r21/12345");
    }

    /** Two path variables: {@code GET /api/v1/r5/7/items/abc} (route 29). */
    @Benchmark
    public Router.Match<Integer> twoVariables() {
        return router.match(HttpMethod.GET, "/api/v1/r5/7/items/abc");
    }

    /** No route has the path: {@code GET /api/v1/r99/}. */
    @Benchmark
    public Router.Match<Integer> notFound() {
        return router.match(HttpMethod.GET, "/api/v1/r99/");
    }

    /** The path exists, the method does not: {@code DELETE /api/v1/r3/9}. */
    @Benchmark
    public Router.Match<Integer> methodNotAllowed() {
        return router.match(HttpMethod.DELETE, "/api/v1/r3/9");
    }
}
