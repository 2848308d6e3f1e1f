package dev.kunai.bench.kunai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.app.KunaiApp;
import dev.kunai.app.settings.Settings;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.http.HttpResponse;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.testing.TestRequest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load harness's throttled variants: {@code BENCH_THROTTLE=memory} and {@code redis} (real Redis at
 * 127.0.0.1:6379) really throttle every operation, at a rate never reached; {@code none} does not. The RateLimit
 * headers (a {@code throttle.*} setting read with {@code Throttling.fromSettings}) show which throttle ran.
 */
class BenchThrottleTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @ParameterizedTest
    @EnumSource(BenchThrottle.class)
    void helloIsThrottledAsTheVariantSays(BenchThrottle variant) {
        KunaiApp app = KunaiBenchApp.app(Database.of("h2:mem:bench-throttle-" + DATABASES.incrementAndGet()))
                .settings(Settings.of(Map.of("throttle.rate-limit-headers", "true"), name -> null));
        variant.applyTo(app);
        try (Db db = app.openDb().orElseThrow();
                Dispatcher dispatcher = app.dispatcher(db)) {
            HttpResponse first = dispatcher.handle(TestRequest.of("GET", "/api/hello"));
            HttpResponse second = dispatcher.handle(TestRequest.of("GET", "/api/hello"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            if (variant == BenchThrottle.NONE) {
                assertThat(first.header("RateLimit-Limit")).isEmpty();
            } else {
                assertThat(first.header("RateLimit-Limit"))
                        .contains(Long.toString(BenchThrottle.NEVER_REACHED.limit()));
                assertThat(Long.parseLong(second.header("RateLimit-Remaining").orElseThrow()))
                        .isLessThan(Long.parseLong(
                                first.header("RateLimit-Remaining").orElseThrow()));
            }
        }
    }

    @Test
    void parseAcceptsTheThreeNamesInAnyCase() {
        assertThat(BenchThrottle.parse(" Memory ")).isEqualTo(BenchThrottle.MEMORY);
        assertThat(BenchThrottle.parse("redis")).isEqualTo(BenchThrottle.REDIS);
        assertThat(BenchThrottle.parse("NONE")).isEqualTo(BenchThrottle.NONE);
        assertThatThrownBy(() -> BenchThrottle.parse("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none, memory or redis");
    }
}
