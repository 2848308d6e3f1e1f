package dev.kunai.bench.micro.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.bench.books.SeedData;
import dev.kunai.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs each read benchmark once and checks all four return the 10 seeded books, tags in order. */
class BookReadBenchmarkTest {

    private static final BookReadBenchmark BENCHMARK = new BookReadBenchmark();
    private static byte[] seeded;

    @BeforeAll
    static void start() throws Exception {
        BENCHMARK.setUp();
        seeded = Json.mapper().writeValueAsBytes(SeedData.books());
    }

    @AfterAll
    static void stop() {
        BENCHMARK.tearDown();
    }

    @Test
    void schemaDrivenReadReturnsTheSeededBooks() throws Exception {
        assertThat(Json.mapper().writeValueAsBytes(BENCHMARK.schemaDriven())).isEqualTo(seeded);
    }

    @Test
    void lazyEntityLoadingReturnsTheSeededBooks() throws Exception {
        assertThat(Json.mapper().writeValueAsBytes(BENCHMARK.entitiesLazyThenMap()))
                .isEqualTo(seeded);
    }

    @Test
    void joinFetchEntityLoadingReturnsTheSeededBooks() throws Exception {
        assertThat(Json.mapper().writeValueAsBytes(BENCHMARK.entitiesJoinFetchThenMap()))
                .isEqualTo(seeded);
    }

    @Test
    void handWrittenJdbcReturnsTheSeededBooks() throws Exception {
        assertThat(Json.mapper().writeValueAsBytes(BENCHMARK.handWrittenJdbc())).isEqualTo(seeded);
    }
}
