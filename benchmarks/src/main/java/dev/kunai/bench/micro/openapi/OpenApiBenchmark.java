package dev.kunai.bench.micro.openapi;

import dev.kunai.KunaiApi;
import dev.kunai.bench.kunai.HelloController;
import dev.kunai.examples.books.BookController;
import dev.kunai.openapi.OpenApi;
import dev.kunai.openapi.OpenApiDocument;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.OperationModels;
import java.util.ArrayList;
import java.util.List;
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
 * {@link OpenApi#generate} for {@value #OPERATIONS} operations: the models of the Books controller, the hello
 * controller and {@link InventoryController} (9 distinct shapes), repeated under {@code /v<n>/} with distinct
 * operationIds and tags until there are 200. Schemas are shared by the copies, as in a real API where many
 * operations use the same records; each call generates from scratch (a new schema catalog), as start-up does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OpenApiBenchmark {

    /** Number of operations in the generated document. */
    public static final int OPERATIONS = 200;

    private KunaiApi api;
    private List<OperationModel> operations;

    /** Describes the controllers once and builds the 200 operation models. */
    @Setup
    public void setUp() {
        api = KunaiApi.builder()
                .title("Benchmark API")
                .version("1.0.0")
                .prefix("/api/")
                .controllers(BookController.class, HelloController.class, InventoryController.class)
                .build();
        operations = operations(OperationModels.describe(api), OPERATIONS);
    }

    /** {@code count} copies of {@code shapes}, cycling, copy {@code n} under {@code /v<n>} with its own id and tag. */
    static List<OperationModel> operations(List<OperationModel> shapes, int count) {
        List<OperationModel> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OperationModel shape = shapes.get(i % shapes.size());
            int copy = i / shapes.size();
            out.add(new OperationModel(
                    shape.operationId() + "_" + copy,
                    shape.method(),
                    "/v" + copy + shape.path(),
                    shape.summary(),
                    shape.description(),
                    shape.tags().stream().map(tag -> tag + " " + copy).toList(),
                    shape.deprecated(),
                    shape.parameters(),
                    shape.body(),
                    shape.responses(),
                    shape.controller(),
                    shape.handler()));
        }
        return List.copyOf(out);
    }

    /** The operation models the document is generated from. */
    List<OperationModel> operations() {
        return operations;
    }

    /** Generates the document: schemas, paths, error responses, rendered to the bytes {@code openapi.json} serves. */
    @Benchmark
    public OpenApiDocument generate() {
        return OpenApi.generate(api, operations);
    }
}
