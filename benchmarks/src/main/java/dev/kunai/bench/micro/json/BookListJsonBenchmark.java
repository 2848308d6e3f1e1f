package dev.kunai.bench.micro.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kunai.bench.books.BookSchema;
import dev.kunai.bench.books.SeedData;
import dev.kunai.json.Json;
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
 * Jackson (Kunai's {@link Json} configuration) writing the body of {@code GET /api/books/}: the 10 seeded
 * books as records, to UTF-8 bytes, with a writer prepared once as the request path does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BookListJsonBenchmark {

    private ObjectWriter prebuiltWriter;
    private List<BookSchema> books;

    /** Prepares the writer and the 10-book list. */
    @Setup
    public void setUp() {
        prebuiltWriter = Json.mapper().writerFor(new TypeReference<List<BookSchema>>() {});
        books = SeedData.books();
    }

    /** Writes the list with the writer prepared at set-up (what Kunai's request path should do). */
    @Benchmark
    public byte[] prebuiltWriter() throws JsonProcessingException {
        return prebuiltWriter.writeValueAsBytes(books);
    }

    /** Writes the list through {@code mapper.writeValueAsBytes} (type resolved per call), for comparison. */
    @Benchmark
    public byte[] mapperPerCall() throws JsonProcessingException {
        return Json.mapper().writeValueAsBytes(books);
    }
}
