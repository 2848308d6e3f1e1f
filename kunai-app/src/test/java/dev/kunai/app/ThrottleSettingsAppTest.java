package dev.kunai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.app.settings.Settings;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttled;
import dev.kunai.throttling.Throttling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@link KunaiApp} applies its {@code throttle.*} settings without registering anything (Ninja's throttles work
 * once configured), reads the rate of any scope an operation names, and a {@link ThrottleFeature} registered by the
 * application replaces the settings-based one.
 */
class ThrottleSettingsAppTest {

    @Controller("plain")
    public static class PlainController {
        @Get("go")
        public Map<String, String> plain() {
            return Map.of("ok", "yes");
        }
    }

    @Controller("reports")
    public static class ReportController {
        @Get("go")
        @Throttled(scope = "reports")
        public Map<String, String> reports() {
            return Map.of("ok", "yes");
        }
    }

    @Controller("orphan")
    public static class OrphanScopeController {
        @Get("go")
        @Throttled(scope = "nowhere")
        public Map<String, String> orphan() {
            return Map.of("ok", "yes");
        }
    }

    private static KunaiApp app(Map<String, String> settings, Class<?> controller) {
        KunaiApi api = KunaiApi.builder().controllers(controller).build();
        return Kunai.app().settings(Settings.of(settings, name -> null)).mount("/api/", api);
    }

    private static List<Integer> statuses(Dispatcher dispatcher, String path, int requests) {
        TestClient client = TestClient.of(dispatcher);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            out.add(client.get(path).status());
        }
        return out;
    }

    @Test
    void theDefaultsSettingThrottlesEveryOperationWithNothingRegistered() {
        KunaiApp app = app(Map.of("throttle.defaults", "anon", "throttle.rates.anon", "2/m"), PlainController.class);
        try (Dispatcher dispatcher = app.dispatcher(setup -> {})) {
            assertThat(statuses(dispatcher, "/api/plain/go", 3)).containsExactly(200, 200, 429);
            TestResponse refused = TestClient.of(dispatcher).get("/api/plain/go");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After"))
                    .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
        }
    }

    @Test
    void aScopeNamedOnlyByAnOperationTakesItsRateFromTheSettings() {
        KunaiApp app = app(Map.of("throttle.rates.reports", "1/h"), ReportController.class);
        try (Dispatcher dispatcher = app.dispatcher(setup -> {})) {
            assertThat(statuses(dispatcher, "/api/reports/go", 2)).containsExactly(200, 429);
        }
    }

    @Test
    void withoutThrottleSettingsNothingIsThrottled() {
        try (Dispatcher dispatcher = app(Map.of(), PlainController.class).dispatcher(setup -> {})) {
            assertThat(statuses(dispatcher, "/api/plain/go", 20)).containsOnly(200);
        }
    }

    @Test
    void aThrottleFeatureOfTheApplicationReplacesTheSettings() {
        KunaiApp app = app(Map.of("throttle.defaults", "anon", "throttle.rates.anon", "1/m"), PlainController.class)
                .feature(ThrottleFeature.of(Throttling.builder().build()));
        try (Dispatcher dispatcher = app.dispatcher(setup -> {})) {
            assertThat(statuses(dispatcher, "/api/plain/go", 5)).containsOnly(200);
        }
    }

    @Test
    void aScopeWithNoRateAnywhereStopsStartUpNamingTheOperation() {
        KunaiApp app = app(Map.of(), OrphanScopeController.class);
        assertThatThrownBy(() -> app.dispatcher(setup -> {}).close())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("OrphanScopeController.orphan")
                .hasMessageContaining("throttle.rates.nowhere");
    }

    @Test
    void aMalformedRateInTheSettingsStopsStartUpNamingTheKey() {
        KunaiApp app = app(Map.of("throttle.rates.reports", "lots"), ReportController.class);
        assertThatThrownBy(() -> app.dispatcher(setup -> {}).close())
                .isInstanceOf(KunaiConfigurationException.class)
                .hasMessageContaining("ReportController.reports")
                .hasMessageContaining("throttle.rates.reports")
                .hasMessageContaining("lots");
    }
}
