package dev.kunai.bench.micro.binding;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpResponse;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.testing.TestRequest;
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
 * Binding + validation of the Books create payload ({@code BookCreateSchema} from the Books app) through the
 * whole in-process pipeline: {@link Dispatcher#handle} over {@link EchoController}, whose handler returns its
 * payload. Covers route → read JSON body → bind record → Bean Validation → invoke → write the 201 (or 422).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BindValidateBenchmark {

    /** The payload the load harness's create scenario sends. */
    static final String VALID = "{\"title\": \"Benchmark book\", \"tags\": [\"load\", \"test\"]}";
    /** A payload without the required title. */
    static final String MISSING_TITLE = "{\"tags\": [\"load\", \"test\"]}";
    /** A payload whose title is over the 255-character limit (a Bean Validation failure, not a binding one). */
    static final String TOO_LONG = "{\"title\": \"" + "x".repeat(256) + "\", \"tags\": []}";

    private Dispatcher dispatcher;
    private TestRequest valid;
    private TestRequest missingTitle;
    private TestRequest tooLong;

    /** Compiles the echo controller and prepares the requests (their bodies are re-read on each call). */
    @Setup
    public void setUp() {
        dispatcher = Dispatcher.builder()
                .mount(KunaiApi.ofControllers(EchoController.class))
                .withoutDocs()
                .build();
        valid = TestRequest.of("POST", "/books/").json(VALID);
        missingTitle = TestRequest.of("POST", "/books/").json(MISSING_TITLE);
        tooLong = TestRequest.of("POST", "/books/").json(TOO_LONG);
    }

    /** A valid payload: bound, validated, echoed with 201. */
    @Benchmark
    public HttpResponse valid() {
        return dispatcher.handle(valid);
    }

    /** The title is missing: a 422 from binding. */
    @Benchmark
    public HttpResponse missingTitle() {
        return dispatcher.handle(missingTitle);
    }

    /** The title is too long: a 422 from Bean Validation. */
    @Benchmark
    public HttpResponse tooLongTitle() {
        return dispatcher.handle(tooLong);
    }
}
