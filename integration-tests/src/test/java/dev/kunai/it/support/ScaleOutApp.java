package dev.kunai.it.support;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.settings.Settings;
import dev.kunai.data.db.Database;
import dev.kunai.examples.books.BooksApp;
import dev.kunai.redis.Redis;
import dev.kunai.redis.RedisSettings;
import dev.kunai.redis.RedisThrottleStore;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.throttling.ThrottleFeature;
import dev.kunai.throttling.Throttled;
import dev.kunai.throttling.Throttling;
import java.util.List;
import java.util.Map;

/**
 * One instance of a scaled-out application, run as a process by {@code ScaleOutTest}: the Books API and the
 * fixture API on {@code DATABASE_URL}, plus {@code GET /limited/ping} throttled at {@code 100/m} per client
 * address in the Redis at {@code REDIS_URL}, shared by every instance.
 */
public final class ScaleOutApp {

    private ScaleOutApp() {}

    /** An operation throttled at 100 requests per minute per client address, across all instances. */
    @Controller
    public static class LimitedController {
        /** Answers {@code {"pong": true}} within the limit. */
        @Get("ping")
        @Throttled(scope = "anon", rate = "100/m")
        public Map<String, Boolean> ping() {
            return Map.of("pong", true);
        }
    }

    /** Starts one instance ({@code runserver host:port}). */
    public static void main(String[] args) {
        Settings settings = Settings.load();
        Redis redis = Redis.create(RedisSettings.fromSettings(settings::get));
        Throttling throttling = Throttling.fromSettings(settings::get, List.of())
                .store(RedisThrottleStore.on(redis))
                .build();
        Kunai.app()
                .closeOnStop(redis) // after the server stops (in-flight requests may still count), before the pools
                .database(Database.fromEnv().packages("dev.kunai.examples.books"))
                .feature(ThrottleFeature.of(throttling))
                .mount("/api/", BooksApp.API)
                .mount("/fixture/", BooksServer.FIXTURE)
                .mount(
                        "/limited/",
                        KunaiApi.builder()
                                .title("Limited")
                                .controllers(LimitedController.class)
                                .build())
                .run(args);
    }
}
