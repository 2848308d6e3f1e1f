/**
 * JMH micro-benchmarks, one sub-package per concept measured. Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 *
 * <ul>
 *   <li>{@code json}: Jackson writing the 10-book list ({@link dev.kunai.bench.micro.json.BookListJsonBenchmark}).</li>
 *   <li>Planned, once the framework pieces exist (add a sibling package each, named after the concept):
 *       {@code routing} (match on a ~200-route table), {@code binding} (bind + validate the create payload),
 *       {@code pipeline} (in-process {@code GET}/{@code POST /api/books/} through the Dispatcher),
 *       {@code data} (schema-driven read vs entity loading), {@code openapi} (document for 200 operations).</li>
 * </ul>
 *
 * <p>Conventions: state is built in {@code @Setup}, every benchmark method returns its result (no dead-code
 * elimination), and each benchmark has a plain JUnit test that calls it once and checks the result is right.
 */
package dev.kunai.bench.micro;
