package dev.kunai.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.http.HttpResponse;
import dev.kunai.testfixtures.StandardError;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

    @Throttled(scope = "anon", rate = "5/m")
    static class Throttled5 {
        public void inherits() {}

        @Throttled(rate = "2/s")
        @Throttled(scope = "uploads", rate = "100/h")
        public void own() {}

        @NoThrottle
        public void none() {}
    }

    @NoThrottle
    static class Unthrottled {
        public void none() {}

        @Throttled(scope = "search")
        public void scoped() {}
    }

    static class Plain {
        public void plain() {}

        @Throttled(scope = "missing")
        public void missing() {}

        @Throttled(rate = "lots")
        public void malformed() {}
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }

    private static Throttling throttling() {
        return Throttling.builder()
                .defaults(UserRateThrottle.of("1000/d"))
                .rate("search", Rate.parse("30/m"))
                .build();
    }

    @Test
    void mostSpecificDeclarationWins() throws Exception {
        Throttling t = throttling();
        assertThat(t.forOperation(Throttled5.class, method(Throttled5.class, "inherits"))
                        .throttles())
                .containsExactly(AnonRateThrottle.of("5/m"));
        assertThat(t.forOperation(Throttled5.class, method(Throttled5.class, "own"))
                        .throttles())
                .containsExactly(UserRateThrottle.of("2/s"), ScopedRateThrottle.of("uploads", "100/h"));
        assertThat(t.forOperation(Throttled5.class, method(Throttled5.class, "none"))
                        .isEmpty())
                .isTrue();
        assertThat(t.forOperation(Unthrottled.class, method(Unthrottled.class, "none"))
                        .isEmpty())
                .isTrue();
        assertThat(t.forOperation(Unthrottled.class, method(Unthrottled.class, "scoped"))
                        .throttles())
                .containsExactly(ScopedRateThrottle.of("search", "30/m"));
        assertThat(t.forOperation(Plain.class, method(Plain.class, "plain")).throttles())
                .containsExactly(UserRateThrottle.of("1000/d"));
    }

    @Test
    void theApiLevelSitsBetweenTheControllerAndTheApplicationDefaults() throws Exception {
        Throttling t = throttling();
        Optional<List<Throttle>> api = Optional.of(List.of(AnonRateThrottle.of("7/m")));
        assertThat(t.forOperation(Plain.class, method(Plain.class, "plain"), api)
                        .throttles())
                .containsExactly(AnonRateThrottle.of("7/m"));
        assertThat(t.forOperation(Plain.class, method(Plain.class, "plain"), Optional.of(List.of()))
                        .isEmpty())
                .as("an API that opted out drops the application defaults")
                .isTrue();
        assertThat(t.forOperation(Throttled5.class, method(Throttled5.class, "inherits"), api)
                        .throttles())
                .containsExactly(AnonRateThrottle.of("5/m"));
        assertThat(t.forOperation(Throttled5.class, method(Throttled5.class, "own"), api)
                        .throttles())
                .containsExactly(UserRateThrottle.of("2/s"), ScopedRateThrottle.of("uploads", "100/h"));
        assertThat(t.forOperation(Unthrottled.class, method(Unthrottled.class, "none"), api)
                        .isEmpty())
                .isTrue();
    }

    @Test
    void startUpErrorsNameTheOperation() {
        Throttling t = throttling();
        assertThatThrownBy(() -> t.forOperation(Plain.class, method(Plain.class, "missing")))
                .hasMessageContaining("Plain.missing")
                .hasMessageContaining("throttle.rates.missing");
        assertThatThrownBy(() -> t.forOperation(Plain.class, method(Plain.class, "malformed")))
                .hasMessageContaining("Plain.malformed")
                .hasMessageContaining("'lots'");
    }

    @Test
    void settingsGiveRatesDefaultsProxiesAndFailureMode() throws Exception {
        Map<String, String> values = Map.of(
                "throttle.rates.anon", "10/s",
                "throttle.rates.search", "30/m",
                "throttle.defaults", "anon, search",
                "throttle.trusted-proxies", "2",
                "throttle.proxy-header", "forwarded",
                "throttle.on-store-failure", "reject",
                "throttle.rate-limit-headers", "true");
        Throttling t = Throttling.fromSettings(k -> Optional.ofNullable(values.get(k)), java.util.List.of())
                .build();
        assertThat(t.forOperation(Plain.class, method(Plain.class, "plain")).throttles())
                .containsExactly(AnonRateThrottle.of("10/s"), ScopedRateThrottle.of("search", "30/m"));
        assertThat(t.clients().trustedProxies()).isEqualTo(2);
        assertThat(t.onStoreFailure()).isEqualTo(Throttling.OnStoreFailure.REJECT);
        assertThat(t.rateLimitHeaders()).isTrue();
        assertThatThrownBy(() -> Throttling.fromSettings(
                        k -> Optional.ofNullable(
                                Map.of("throttle.on-store-failure", "maybe").get(k)),
                        java.util.List.of()))
                .hasMessageContaining("throttle.on-store-failure")
                .hasMessageContaining("maybe");
    }

    @Test
    void answers429WithRetryAfterAndTheErrorBodyOnceTheLimitIsSpent() throws Exception {
        Throttling t = Throttling.builder().defaults(UserRateThrottle.of("2/m")).build();
        OperationThrottles op = t.forOperation(Plain.class, method(Plain.class, "plain"));
        assertThat(op.check(Requests.context("1.1.1.1:1", null))).isEmpty();
        assertThat(op.check(Requests.context("1.1.1.1:2", null))).isEmpty();
        HttpResponse denied = op.check(Requests.context("1.1.1.1:3", null)).orElseThrow();
        assertThat(denied.status()).isEqualTo(429);
        assertThat(denied.bodyText()).isEqualTo("{\"detail\":\"Too many requests.\"}");
        assertThat(Long.parseLong(denied.header("Retry-After").orElseThrow())).isBetween(59L, 60L);
        assertThat(denied.header("RateLimit-Limit")).isEmpty();
        // Another client and an authenticated user have their own buckets.
        assertThat(op.check(Requests.context("2.2.2.2:1", null))).isEmpty();
        assertThat(op.check(Requests.context("1.1.1.1:4", "alice"))).isEmpty();
    }

    @Test
    void rateLimitHeadersOnSuccessAndOnThe429() throws Exception {
        Throttling t = Throttling.builder()
                .defaults(UserRateThrottle.of("3/m"), ScopedRateThrottle.of("burst", "2/s"))
                .rateLimitHeaders(true)
                .build();
        OperationThrottles op = t.forOperation(Plain.class, method(Plain.class, "plain"));
        Requests.Context first = Requests.context("1.1.1.1:1", "bob");
        assertThat(op.check(first)).isEmpty();
        assertThat(first.added("RateLimit-Limit")).contains("2");
        assertThat(first.added("RateLimit-Remaining")).contains("1");
        assertThat(first.added("RateLimit-Reset")).contains("1");
        assertThat(op.check(Requests.context("1.1.1.1:1", "bob"))).isEmpty();
        HttpResponse denied = op.check(Requests.context("1.1.1.1:1", "bob")).orElseThrow();
        assertThat(denied.header("Retry-After")).contains("1");
        assertThat(denied.header("RateLimit-Remaining")).contains("0");
    }

    @Test
    void anonThrottleSkipsAuthenticatedRequests() throws Exception {
        Throttling t = Throttling.builder().defaults(AnonRateThrottle.of("1/m")).build();
        OperationThrottles op = t.forOperation(Plain.class, method(Plain.class, "plain"));
        assertThat(op.check(Requests.context("1.1.1.1:1", null))).isEmpty();
        assertThat(op.check(Requests.context("1.1.1.1:1", null))).isPresent();
        for (int i = 0; i < 5; i++) {
            assertThat(op.check(Requests.context("1.1.1.1:1", "carol"))).isEmpty();
        }
    }

    /** A store whose backend is down (what Redis does while unreachable). */
    static final class DownStore implements ThrottleStore {
        @Override
        public Decision hit(String key, Rate rate) {
            throw new ThrottleStoreException("connection refused", null);
        }
    }

    @Test
    void unreachableStoreFailsOpenOrClosedAsConfigured() throws Exception {
        Method plain = method(Plain.class, "plain");
        OperationThrottles open = Throttling.builder()
                .store(new DownStore())
                .defaults(UserRateThrottle.of("1/m"))
                .build()
                .forOperation(Plain.class, plain);
        String openLog = StandardError.capture(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(open.check(Requests.context("1.1.1.1:1", null))).isEmpty();
            }
        });
        // one line when the store goes away, not one per request
        assertThat(openLog.lines().filter(l -> l.contains("WARN dev.kunai.throttling.Throttling")))
                .containsExactly("[main] WARN dev.kunai.throttling.Throttling - Throttle store DownStore is unreachable"
                        + " (connection refused); letting through unthrottled requests until it answers again");
        OperationThrottles closed = Throttling.builder()
                .store(new DownStore())
                .defaults(UserRateThrottle.of("1/m"))
                .onStoreFailure(Throttling.OnStoreFailure.REJECT)
                .build()
                .forOperation(Plain.class, plain);
        List<HttpResponse> answers = new ArrayList<>();
        String closedLog = StandardError.capture(() ->
                answers.add(closed.check(Requests.context("1.1.1.1:1", null)).orElseThrow()));
        assertThat(closedLog).contains("answering 503 to requests until it answers again");
        HttpResponse unavailable = answers.getFirst();
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.bodyText()).isEqualTo("{\"detail\":\"Service Unavailable\"}");
    }
}
