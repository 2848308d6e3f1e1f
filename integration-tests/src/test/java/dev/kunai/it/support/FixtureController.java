package dev.kunai.it.support;

import dev.kunai.http.UploadedFile;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Endpoints the Books API lacks but the limits need: a query-string echo, a multipart upload and a slow
 * request. Mounted beside the Books API under {@code /fixture/} by {@link BooksServer}.
 */
@Controller(tags = "Fixture")
public class FixtureController {

    /** How many {@link #held} handlers have started in this process. */
    private static final AtomicInteger HELD_STARTED = new AtomicInteger();

    /** Echoes a query parameter, so the query string is parsed (and its limits enforced). */
    @Get("echo")
    public Map<String, String> echo(@Query String q) {
        return Map.of("q", q);
    }

    /** Accepts a multipart upload of one file and a text field; answers its size. */
    @Post("upload")
    public Map<String, Object> upload(@Form String name, @File UploadedFile file) {
        return Map.of("name", name, "size", file.size());
    }

    /** Echoes the values of a repeated query parameter. */
    @Get("many")
    public Map<String, List<String>> many(@Query List<String> v) {
        return Map.of("v", v);
    }

    /** Reads a JSON body, then sleeps {@code ms} milliseconds (a slow handler after its body arrived). */
    @Post("slow-body")
    public Map<String, Object> slowBody(@dev.kunai.param.Body Map<String, Object> body, @Query long ms)
            throws InterruptedException {
        if (ms < 0 || ms > 60_000) {
            throw dev.kunai.http.HttpError.badRequest("ms must be within 0..60000");
        }
        Thread.sleep(ms);
        return Map.of("keys", body.size(), "slept", ms);
    }

    /** Sleeps {@code ms} milliseconds on the request's virtual thread, then answers (an in-flight request). */
    @Get("slow")
    public Map<String, Long> slow(@Query long ms) throws InterruptedException {
        if (ms < 0 || ms > 60_000) {
            throw dev.kunai.http.HttpError.badRequest("ms must be within 0..60000");
        }
        Thread.sleep(ms);
        return Map.of("slept", ms);
    }

    /**
     * An in-flight request a test can follow: counts itself as started, sleeps {@code ms} milliseconds, then
     * answers its own {@code n} and the wall-clock time (epoch milliseconds) at which it finished.
     */
    @Get("held")
    public Map<String, Long> held(@Query long n, @Query long ms) throws InterruptedException {
        if (ms < 0 || ms > 60_000) {
            throw dev.kunai.http.HttpError.badRequest("ms must be within 0..60000");
        }
        HELD_STARTED.incrementAndGet();
        Thread.sleep(ms);
        return Map.of("n", n, "finishedAt", System.currentTimeMillis());
    }

    /** How many {@link #held} handlers have started so far. */
    @Get("held-started")
    public Map<String, Integer> heldStarted() {
        return Map.of("started", HELD_STARTED.get());
    }
}
