package dev.kunai.it.http;

import dev.kunai.param.Path;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import java.util.List;

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

    /** Eight operation variables on top of the two prefix ones. */
    @Get("/nine/{a}/{b}/{c}/{d}/{e}/{f}/{g}/{h}")
    public List<String> nine(String a, String b, String c, String d, String e, String f, String g, String h) {
        return List.of(a, b, c, d, e, f, g, h);
    }
}
