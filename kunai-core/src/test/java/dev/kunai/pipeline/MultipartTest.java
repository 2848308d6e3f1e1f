package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.http.HttpError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    @TempDir
    Path dir;

    private static byte[] body(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(("--XyZ\r\n" + part + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("--XyZ--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String file(String name, String fileName, int size) {
        return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n\r\n"
                + "x".repeat(size);
    }

    private Exchange.FormData parse(byte[] body, Limits limits) {
        DiskFileItemFactory files = Multipart.factory(dir);
        return Multipart.parse(new ByteArrayInputStream(body), TYPE, body.length, limits, files);
    }

    private long filesIn() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void parsesFieldsFilesAndSkipsEmptyFileInputs() throws Exception {
        Exchange.FormData form = parse(
                body(
                        "Content-Disposition: form-data; name=\"title\"\r\n\r\nHello",
                        file("doc", "a.txt", 3),
                        file("doc", "", 0),
                        file("big", "b.bin", 100_000),
                        "Content-Disposition: form-data; name=\"bare\"; filename\r\n\r\nzz"),
                Limits.defaults());
        assertThat(form.values("title")).containsExactly("Hello");
        assertThat(form.filesOf("doc")).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("a.txt");
            assertThat(f.text()).isEqualTo("xxx");
            assertThat(f.temporaryFile()).isEmpty();
        });
        assertThat(form.filesOf("bare").get(0).fileName()).isEmpty();
        assertThat(form.filesOf("big").get(0).temporaryFile())
                .hasValueSatisfying(p -> assertThat(p).hasParent(dir).hasSize(100_000));
        form.deleteTemporaryFiles();
        assertThat(filesIn()).isZero();
    }

    @Test
    void aFileAboveTheLimitIs413AndLeavesNoTemporaryFile() throws Exception {
        byte[] body = body(file("a", "a.bin", 100_000), file("b", "b.bin", 300_000));
        assertThatThrownBy(() -> parse(body, Limits.defaults().withMultipart(10, 200_000, 1_000_000)))
                .isInstanceOfSatisfying(HttpError.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.detail()).isEqualTo("Uploaded file too large (limit 200000 bytes)");
                });
        assertThat(filesIn()).isZero();
    }

    @Test
    void aTruncatedBodyIs400AndLeavesNoTemporaryFile() throws Exception {
        byte[] whole = body(file("a", "a.bin", 100_000), file("b", "b.bin", 100_000));
        byte[] cut = java.util.Arrays.copyOf(whole, 150_000);
        assertThatThrownBy(() -> parse(cut, Limits.defaults()))
                .isInstanceOfSatisfying(
                        HttpError.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(filesIn()).isZero();
    }

    @Test
    void aLargeTextFieldIs413AndTheTotalIsCapped() {
        byte[] field = body("Content-Disposition: form-data; name=\"t\"\r\n\r\n" + "y".repeat(2000));
        assertThatThrownBy(() -> parse(field, Limits.defaults().withMaxBodyBytes(1000)))
                .isInstanceOfSatisfying(
                        HttpError.class,
                        e -> assertThat(e.detail()).isEqualTo("Form field too large (limit 1000 bytes)"));
        byte[] big = body(file("a", "a.bin", 5000));
        assertThatThrownBy(() -> parse(big, Limits.defaults().withMultipart(10, 10_000, 4000)))
                .isInstanceOfSatisfying(
                        HttpError.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> Multipart.parse(
                        new ByteArrayInputStream(big), "multipart/form-data", big.length, Limits.defaults()))
                .hasMessage("Multipart request without a boundary");
    }
}
