package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import dev.kunai.http.UploadedFile;
import dev.kunai.param.Body;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Operations for the media-type, empty-value and upload rules. */
@Controller("/forms")
public class FormsController {

    /** How many times a handler body ran (a refused request must not count). */
    public static final AtomicInteger CALLS = new AtomicInteger();

    /** The temporary files handlers saw. */
    public static final List<Path> SEEN = new CopyOnWriteArrayList<>();

    /** Where {@link #keep} moves uploads. */
    public static volatile Path keepAt;

    /** A JSON payload. */
    public record Note(String text) {}

    /** A JSON body. */
    @Post("/json")
    public Note json(Note note) {
        CALLS.incrementAndGet();
        return note;
    }

    /** An optional JSON body. */
    @Post("/maybe")
    public String maybe(@Body Optional<Note> note) {
        CALLS.incrementAndGet();
        return note.map(Note::text).orElse("none");
    }

    /** Form fields with the empty-is-absent rule. */
    @Post("/fields")
    public Map<String, Object> fields(
            @Form Optional<Integer> age, @Form @Default("5") int level, @Form List<Integer> ids, @Form String name) {
        CALLS.incrementAndGet();
        return Map.of("age", age.map(String::valueOf).orElse("absent"), "level", level, "ids", ids, "name", name);
    }

    /** The same rule in the query string. */
    @Get("/query")
    public Map<String, Object> query(Optional<Integer> age, @Default("5") int level, List<Integer> ids) {
        return Map.of("age", age.map(String::valueOf).orElse("absent"), "level", level, "ids", ids);
    }

    /** An optional file. */
    @Post("/optional-file")
    public String optionalFile(@File Optional<UploadedFile> file) {
        CALLS.incrementAndGet();
        return file.map(f -> "'" + f.fileName() + "' " + f.size()).orElse("no file");
    }

    /** A required file, read as a stream. */
    @Post("/upload")
    public Map<String, Object> upload(@File UploadedFile file) throws IOException {
        CALLS.incrementAndGet();
        file.temporaryFile().ifPresent(SEEN::add);
        long sum = 0;
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    sum += buffer[i] & 0xff;
                }
            }
        }
        return Map.of(
                "size", file.size(), "sum", sum, "onDisk", file.temporaryFile().isPresent());
    }

    /** Moves the upload out of the request. */
    @Post("/keep")
    public String keep(@File UploadedFile file) {
        file.temporaryFile().ifPresent(SEEN::add);
        file.moveTo(keepAt);
        return "kept";
    }

    /** Fails after the upload was stored. */
    @Post("/fail")
    public String fail(@File UploadedFile file) {
        file.temporaryFile().ifPresent(SEEN::add);
        throw new HttpError(409, "No");
    }
}
