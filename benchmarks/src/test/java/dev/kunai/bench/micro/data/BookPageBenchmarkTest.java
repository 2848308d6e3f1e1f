package dev.kunai.bench.micro.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.examples.books.BookSchema;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs each page benchmark once on 1,000 books and checks what it returns (PostgreSQL; skipped without it unless CI). */
class BookPageBenchmarkTest {

    private static final BookPageBenchmark BENCHMARK = new BookPageBenchmark();

    @BeforeAll
    static void start() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 2000);
        } catch (Exception e) {
            String message = "PostgreSQL is not reachable at 127.0.0.1:5432 (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) {
                Assertions.fail(message + "; CI is set, so this is a failure");
            }
            Assumptions.abort(message + "; skipping because CI is not set");
        }
        BENCHMARK.rows = 1000;
        BENCHMARK.setUp();
    }

    @AfterAll
    static void stop() throws Exception {
        BENCHMARK.tearDown();
    }

    @Test
    void pagesHoldTheExpectedBooks() {
        assertThat(BENCHMARK.firstPage().items())
                .extracting(BookSchema::id)
                .startsWith(1L, 2L)
                .hasSize(20);
        assertThat(BENCHMARK.firstPage().items().getFirst().tags()).hasSize(2);
        assertThat(BENCHMARK.deepOffsetPage().items())
                .extracting(BookSchema::id)
                .endsWith(1000L)
                .hasSize(20);
        assertThat(BENCHMARK.deepCursorPage().items())
                .extracting(BookSchema::id)
                .startsWith(501L)
                .hasSize(20);
        assertThat(BENCHMARK.filteredSearchedPage().items())
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.tags()).extracting(t -> t.name()).contains("tag 7"));
        assertThat(BENCHMARK.countAll()).isEqualTo(1000);
        // the rare term is the middle book's seven digits: exactly one title, and no tag, matches
        assertThat(BENCHMARK.titleSearchedPage().items())
                .extracting(BookSchema::title)
                .containsExactly("Book 0000501");
        assertThat(BENCHMARK.titleSearchedCount()).isEqualTo(1);
        assertThat(BENCHMARK.titleOrTagSearchedCount()).isEqualTo(1);
        assertThat(BENCHMARK.titleOrTagSearchedPage().items())
                .extracting(BookSchema::title)
                .containsExactly("Book 0000501");
    }
}
