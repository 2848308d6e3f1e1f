/**
 * JMH micro-benchmarks, one sub-package per concept measured. Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 *
 * <ul>
 *   <li>{@code json}: Jackson writing the 10-book list ({@link dev.kunai.bench.micro.json.BookListJsonBenchmark}).</li>
 *   <li>{@code routing}: {@code Router.match} on 200 routes ({@link dev.kunai.bench.micro.routing.RouteMatchBenchmark}).</li>
 *   <li>{@code binding}: bind + validate the Books create payload ({@link dev.kunai.bench.micro.binding.BindValidateBenchmark}).</li>
 *   <li>{@code pipeline}: the in-process {@code GET}/{@code POST /api/books/} through the Dispatcher
 *       ({@link dev.kunai.bench.micro.pipeline.BooksPipelineBenchmark}).</li>
 *   <li>{@code data}: schema-driven read vs entity loading ({@link dev.kunai.bench.micro.data.BookReadBenchmark}).</li>
 *   <li>{@code openapi}: the OpenAPI document for 200 operations ({@link dev.kunai.bench.micro.openapi.OpenApiBenchmark}).</li>
 * </ul>
 *
 * <p>Conventions: state is built in {@code @Setup}, every benchmark method returns its result (no dead-code
 * elimination), and each benchmark has a plain JUnit test that calls it once and checks the result is right.
 */
package dev.kunai.bench.micro;
