package dev.kunai.bench.micro.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.examples.books.BookSchema;
import dev.kunai.examples.books.BookTagSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs each create benchmark twice and checks that both sides create the same book with the same ids. */
class BookCreateBenchmarkTest {

    private static final BookCreateBenchmark BENCHMARK = new BookCreateBenchmark();

    @BeforeAll
    static void start() throws Exception {
        BENCHMARK.setUp();
    }

    @AfterAll
    static void stop() {
        BENCHMARK.tearDown();
    }

    @Test
    void bothSidesCreateTheSameBooks() throws Exception {
        for (long book = 1; book <= 2; book++) {
            BookSchema kunai = BENCHMARK.kunaiHandler();
            dev.kunai.bench.books.BookSchema jdbc = BENCHMARK.handWrittenJdbc();

            assertThat(kunai.id()).isEqualTo(book).isEqualTo(jdbc.id());
            assertThat(kunai.title()).isEqualTo(BookCreateBenchmark.TITLE).isEqualTo(jdbc.title());
            assertThat(kunai.tags()).extracting(BookTagSchema::name).isEqualTo(BookCreateBenchmark.TAGS);
            assertThat(kunai.tags())
                    .extracting(BookTagSchema::id)
                    .containsExactly(2 * book - 1, 2 * book)
                    .isEqualTo(jdbc.tags().stream()
                            .map(dev.kunai.bench.books.BookTagSchema::id)
                            .toList());
        }
    }
}
