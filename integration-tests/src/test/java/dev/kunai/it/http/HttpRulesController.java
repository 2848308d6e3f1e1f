package dev.kunai.it.http;

import dev.kunai.http.UploadedFile;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.param.Path;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import java.util.List;
import java.util.Optional;

/** Operations that exercise Kunai's HTTP rules: prefix variables, encoded literals, many variables. */
@Controller("/shops/{shop}")
public class HttpRulesController {

    /** Where an item was found. */
    public record Item(String tenant, String shop, int id) {}

    /** Binds the API prefix's, the controller prefix's and the operation's variable, each by its own name. */
    @Get("/items/{id}")
    public Item item(String tenant, String shop, int id) {
        return new Item(tenant, shop, id);
    }

    /** A literal segment with a non-ASCII character. */
    @Get("/p/café")
    public String cafe() {
        return "café";
    }

    /** A single-segment variable ({@code %2F} inside it is data). */
    @Get("/files/{name}")
    public String file(@Path String name) {
        return name;
    }

    /** A JSON payload. */
    public record Note(String text) {}

    /** A JSON body: only application/json or application/*+json reach it. */
    @Post("/notes")
    public Note note(Note note) {
        return note;
    }

    /** Form fields: an empty value is absent. */
    @Post("/fields")
    public String fields(@Form Optional<Integer> age, @Form @Default("5") int level) {
        return age.map(String::valueOf).orElse("absent") + "/" + level;
    }

    /** An optional file: an empty file input is no file. */
    @Post("/file")
    public String upload(@File Optional<UploadedFile> file) {
        return file.map(f -> "'" + f.fileName() + "' " + f.size() + " "
                        + f.temporaryFile().isPresent())
                .orElse("no file");
    }

    /** Eight operation variables on top of the two prefix ones. */
    @Get("/nine/{a}/{b}/{c}/{d}/{e}/{f}/{g}/{h}")
    public List<String> nine(String a, String b, String c, String d, String e, String f, String g, String h) {
        return List.of(a, b, c, d, e, f, g, h);
    }
}
