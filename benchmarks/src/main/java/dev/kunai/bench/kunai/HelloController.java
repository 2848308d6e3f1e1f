package dev.kunai.bench.kunai;

import dev.kunai.bench.books.Message;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;

/** The load harness's {@code hello} scenario: {@code GET /api/hello} → {@code {"message":"Hello, world!"}}. */
@Controller(tags = "Benchmark")
public class HelloController {

    /** The greeting, the same constant record every time (the HTTP + dispatch + JSON-write floor). */
    @Get("hello")
    public Message hello() {
        return Message.HELLO;
    }
}
