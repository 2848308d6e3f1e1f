package dev.kunai.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated OpenAPI 3.1 document: rendered once to compact JSON bytes (served as they are, with the keys in
 * document order), and renderable with sorted keys for export.
 */
public final class OpenApiDocument {

    private static final ObjectMapper SORTED =
            JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    private static final ObjectMapper IN_ORDER = JsonMapper.builder().build();

    private final ObjectNode tree;
    private final byte[] json;
    private final HttpResponse response;

    private OpenApiDocument(ObjectNode tree, byte[] json) {
        this.tree = tree;
        this.json = json;
        this.response = HttpResponse.of(
                200,
                List.of(
                        new HttpHeader("Content-Type", "application/json"),
                        new HttpHeader("Cache-Control", "no-cache")),
                json);
    }

    static OpenApiDocument of(ObjectNode tree) {
        try {
            return new OpenApiDocument(tree, IN_ORDER.writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI: cannot render the document", e);
        }
    }

    /** The pre-built {@code 200 application/json} response carrying the document (serve it as is). */
    public HttpResponse response() {
        return response;
    }

    /** A copy of the compact JSON bytes. */
    public byte[] bytes() {
        return json.clone();
    }

    /** The document as a JSON tree (a deep copy: changing it changes nothing here). */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    /** The document as JSON text with every object's keys sorted, for stable diffs; pretty with two-space indents. */
    public String toJson(boolean pretty) {
        try {
            if (!pretty) {
                return SORTED.writeValueAsString(tree);
            }
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return SORTED.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI: cannot render the document", e);
        }
    }

    /** Writes {@link #toJson(boolean)} to {@code file} (UTF-8), creating parent directories. */
    public void writeTo(Path file, boolean pretty) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(pretty), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenAPI: cannot write " + file, e);
        }
    }

    /** The JSON value at a JSON Pointer (e.g. {@code /components/schemas/BookSchema}); missing node when absent. */
    public JsonNode at(String pointer) {
        return tree.at(pointer).deepCopy();
    }
}
