package dev.kunai.examples.books.e2e;

import dev.kunai.http.Raw;
import dev.kunai.http.RequestContext;
import dev.kunai.http.UploadedFile;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;

/** Response kinds the Books API lacks, mounted beside it for {@link SocketParityTest}. */
@Controller(tags = "Parity")
public class ParityController {

    /** An item that exists only for id 1. */
    public record Item(long id, String name) {}

    /** Raised by {@link #boom()}; the parity API answers it through an exception handler. */
    public static final class Boom extends RuntimeException {
        /** A failure with a fixed message. */
        public Boom() {
            super("boom");
        }
    }

    /** The item, or 404 when the {@code Optional} is empty. */
    @Get("items/{id}")
    public Optional<Item> item(long id) {
        return id == 1 ? Optional.of(new Item(1, "one")) : Optional.empty();
    }

    /** A multipart upload of one file and a text field; answers its name, size and content type. */
    @Post("upload")
    public Map<String, Object> upload(@Form String name, @File UploadedFile file) {
        return Map.of("name", name, "size", file.size());
    }

    /** A 100 KiB body streamed from an {@code InputStream}. */
    @Get("stream")
    public Raw stream() {
        byte[] bytes = new byte[100 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return Raw.stream(new ByteArrayInputStream(bytes), "application/octet-stream");
    }

    /** Always throws {@link Boom}. */
    @Get("boom")
    public Map<String, String> boom() {
        throw new Boom();
    }

    /** Repeated headers: two cookies and a header added twice. */
    @Get("repeated")
    public Map<String, String> repeated(RequestContext context) {
        context.setCookie("a", "1").setCookie("b", "2");
        context.addHeader("X-Many", "1").addHeader("X-Many", "2");
        return Map.of("ok", "yes");
    }
}
