package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.HttpError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multipart parser on its own, on hand-written bodies: how the boundary is read from the
 * {@code Content-Type}, line endings, truncation, the part limit, part headers and RFC 5987 file names.
 */
class MultipartParsingTest {

    private static final String FIELD = "Content-Disposition: form-data; name=\"title\"\r\n\r\nHello";

    @TempDir
    Path dir;

    /** A body whose parts are delimited by {@code boundary}, each part's text given whole. */
    static byte[] body(String boundary, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append("--").append(boundary).append("\r\n").append(part).append("\r\n");
        }
        out.append("--").append(boundary).append("--\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Exchange.FormData parse(String contentType, byte[] body, Limits limits) {
        DiskFileItemFactory files = Multipart.factory(dir);
        return Multipart.parse(new ByteArrayInputStream(body), contentType, body.length, limits, files);
    }

    private Exchange.FormData parse(String contentType, byte[] body) {
        return parse(contentType, body, Limits.defaults());
    }

    private static HttpError error(Runnable parse) {
        try {
            parse.run();
        } catch (HttpError e) {
            return e;
        }
        throw new AssertionError("expected an HttpError");
    }

    private long filesIn() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=XyZ",
                "multipart/form-data;boundary=XyZ",
                "multipart/form-data; boundary=\"XyZ\"",
                "multipart/form-data; BOUNDARY=XyZ",
                "Multipart/Form-Data; charset=utf-8; boundary=XyZ",
                "multipart/form-data; boundary=XyZ; charset=utf-8",
                "multipart/form-data; boundary = XyZ "
            })
    void theBoundaryIsReadQuotedOrNotWhateverItsPlace(String contentType) {
        assertThat(parse(contentType, body("XyZ", FIELD)).values("title")).containsExactly("Hello");
    }

    @Test
    void aQuotedBoundaryMayHoldSeparatorsAndSpaces() {
        String boundary = "a;b,c d=e";
        Exchange.FormData form = parse("multipart/form-data; boundary=\"" + boundary + "\"", body(boundary, FIELD));
        assertThat(form.values("title")).containsExactly("Hello");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data",
                "multipart/form-data;",
                "multipart/form-data; boundary=",
                "multipart/form-data; boundary=\"\"",
                "multipart/form-data; charset=utf-8"
            })
    void noBoundaryIs400(String contentType) {
        HttpError e = error(() -> parse(contentType, body("XyZ", FIELD)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.detail()).isEqualTo("Multipart request without a boundary");
    }

    @Test
    void aBoundaryOfUpTo70CharactersIsAcceptedAndALongerOneIs400() {
        String longest = "b".repeat(70);
        assertThat(parse("multipart/form-data; boundary=" + longest, body(longest, FIELD))
                        .values("title"))
                .containsExactly("Hello");
        String boundary = "b".repeat(71);
        HttpError e = error(() -> parse("multipart/form-data; boundary=" + boundary, body(boundary, FIELD)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.detail()).isEqualTo("Multipart boundary longer than 70 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title=Hello", "--OtherBoundary\r\n\r\nHello\r\n--OtherBoundary--\r\n", "\r\n"})
    void aBodyWithoutAnyDelimiterIs400NotAnEmptyForm(String text) {
        HttpError e = error(() -> parse("multipart/form-data; boundary=XyZ", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.detail()).isEqualTo("Malformed multipart body: no part delimited by the boundary");
    }

    @Test
    void thePreambleAndEpilogueAreIgnored() {
        byte[] parts = body("XyZ", FIELD);
        byte[] whole = ("This is a preamble.\r\n" + new String(parts, StandardCharsets.UTF_8) + "epilogue\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(parse("multipart/form-data; boundary=XyZ", whole).values("title"))
                .containsExactly("Hello");
    }

    @Test
    void aLastBoundaryWithoutTrailingCrlfIsComplete() {
        byte[] body = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n--XyZ--"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(parse("multipart/form-data; boundary=XyZ", body).values("title"))
                .containsExactly("Hello");
    }

    @Test
    void anEmptyBodyIsAnEmptyForm() {
        Exchange.FormData form = parse("multipart/form-data; boundary=XyZ", new byte[0]);
        assertThat(form.fields()).isEmpty();
        assertThat(form.files()).isEmpty();
    }

    @Test
    void crlfInsideAValueIsKeptAndOnlyTheDelimiterLineEndingIsDropped() {
        String value = "line one\r\nline two\r\n-- XyZ\r\n-XyZ\r\n";
        Exchange.FormData form = parse(
                "multipart/form-data; boundary=XyZ",
                body("XyZ", "Content-Disposition: form-data; name=\"text\"\r\n\r\n" + value));
        assertThat(form.values("text")).containsExactly(value);
    }

    @Test
    void bareLineFeedsAreMalformed() {
        byte[] body = "--XyZ\nContent-Disposition: form-data; name=\"title\"\n\nHello\n--XyZ--\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpError e = error(() -> parse("multipart/form-data; boundary=XyZ", body));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.detail()).isEqualTo("Malformed multipart body");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--XyZ\r\nContent-Disposition: form-da",
                "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n",
                "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHel",
                "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n--XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n--XyZ\r\n"
            })
    void aTruncatedBodyIs400(String truncated) throws Exception {
        HttpError e =
                error(() -> parse("multipart/form-data; boundary=XyZ", truncated.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.detail()).isEqualTo("Malformed multipart body");
        assertThat(filesIn()).isZero();
    }

    @Test
    void aTruncatedFileLeavesNoTemporaryFile() throws Exception {
        String part = "Content-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n" + "z".repeat(200_000);
        byte[] whole = body("XyZ", part);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
        HttpError e = error(() -> parse("multipart/form-data; boundary=XyZ", cut));
        assertThat(e.status()).isEqualTo(400);
        assertThat(filesIn()).isZero();
    }

    @Test
    void thePartLimitCountsEveryPart() throws Exception {
        Limits three = Limits.defaults().withMultipart(3, 1000, 100_000);
        String empty = "Content-Disposition: form-data; name=\"f\"; filename=\"\"\r\n\r\n";
        Exchange.FormData atLimit = parse("multipart/form-data; boundary=XyZ", body("XyZ", FIELD, FIELD, empty), three);
        assertThat(atLimit.values("title")).containsExactly("Hello", "Hello");
        assertThat(atLimit.filesOf("f")).isEmpty();
        String file = "Content-Disposition: form-data; name=\"g\"; filename=\"g.txt\"\r\n\r\ng";
        HttpError e =
                error(() -> parse("multipart/form-data; boundary=XyZ", body("XyZ", file, FIELD, FIELD, empty), three));
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.detail()).isEqualTo("Too many multipart parts (limit 3)");
        assertThat(filesIn()).isZero();
    }

    @Test
    void aBodyAboveTheDeclaredTotalIs413BeforeReading() {
        byte[] body = body("XyZ", FIELD);
        Limits small = Limits.defaults().withMultipart(10, 10, 20);
        HttpError e = error(() -> Multipart.parse(
                new ByteArrayInputStream(body),
                "multipart/form-data; boundary=XyZ",
                21,
                small,
                Multipart.factory(dir)));
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.detail()).isEqualTo("Request body too large (limit 20 bytes)");
    }

    @Test
    void anUndeclaredLengthIsCappedWhileReading() {
        byte[] body = body("XyZ", FIELD, FIELD, FIELD);
        Limits small = Limits.defaults().withMultipart(10, 10, 100);
        HttpError e = error(() -> Multipart.parse(
                new ByteArrayInputStream(body),
                "multipart/form-data; boundary=XyZ",
                -1,
                small,
                Multipart.factory(dir)));
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.detail()).isEqualTo("Request body too large (limit 100 bytes)");
    }

    @Test
    void partHeadersAreCaseInsensitiveAndTheContentTypeDefaults() {
        Exchange.FormData form = parse(
                "multipart/form-data; boundary=XyZ",
                body(
                        "XyZ",
                        "CONTENT-DISPOSITION: form-data; NAME=\"a\"; FILENAME=\"a.csv\"\r\ncontent-type: text/csv\r\n\r\n1,2",
                        "content-disposition: form-data; name=b; filename=b.bin\r\n\r\nbb",
                        "Content-Disposition: form-data; name=\"c\"\r\nContent-Type: text/plain\r\n\r\nsee"));
        assertThat(form.filesOf("a")).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("a.csv");
            assertThat(f.contentType()).isEqualTo("text/csv");
            assertThat(f.text()).isEqualTo("1,2");
        });
        assertThat(form.filesOf("b")).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("b.bin");
            assertThat(f.contentType()).isEqualTo("application/octet-stream");
        });
        assertThat(form.values("c")).containsExactly("see");
    }

    @Test
    void quotedParametersKeepSeparatorsAndUtf8() {
        Exchange.FormData form = parse(
                "multipart/form-data; boundary=XyZ",
                body(
                        "XyZ",
                        "Content-Disposition: form-data; name=\"a;b\"; filename=\"x; y=z.txt\"\r\n\r\n1",
                        "Content-Disposition: form-data; name=\"city\"\r\n\r\nKyōto €",
                        "Content-Disposition: form-data; name=\"doc\"; filename=\"résumé.txt\"\r\n\r\n2"));
        assertThat(form.filesOf("a;b").get(0).fileName()).isEqualTo("x; y=z.txt");
        assertThat(form.values("city")).containsExactly("Kyōto €");
        assertThat(form.filesOf("doc").get(0).fileName()).isEqualTo("résumé.txt");
    }

    @Test
    void anExtendedFileNameIsDecodedAndPreferredInEitherOrder() {
        String extended = "filename*=UTF-8''%E2%82%AC%20rates.txt";
        Exchange.FormData form = parse(
                "multipart/form-data; boundary=XyZ",
                body(
                        "XyZ",
                        "Content-Disposition: form-data; name=\"a\"; " + extended + "\r\n\r\n1",
                        "Content-Disposition: form-data; name=\"b\"; filename=\"EUR rates.txt\"; " + extended
                                + "\r\n\r\n2",
                        "Content-Disposition: form-data; name=\"c\"; " + extended
                                + "; filename=\"EUR rates.txt\"\r\n\r\n3"));
        assertThat(form.filesOf("a").get(0).fileName()).isEqualTo("€ rates.txt");
        assertThat(form.filesOf("b").get(0).fileName()).isEqualTo("€ rates.txt");
        assertThat(form.filesOf("c").get(0).fileName()).isEqualTo("€ rates.txt");
    }

    @Test
    void partsWithoutANameBindNothingAndLeaveNoFile() throws Exception {
        Exchange.FormData form = parse(
                "multipart/form-data; boundary=XyZ",
                body(
                        "XyZ",
                        "Content-Type: text/plain\r\n\r\nno disposition",
                        "Content-Disposition: form-data\r\n\r\nno name",
                        "Content-Disposition: form-data; filename=\"big.bin\"\r\n\r\n" + "q".repeat(100_000),
                        FIELD));
        assertThat(form.fields()).containsOnlyKeys("title");
        assertThat(form.files()).isEmpty();
        assertThat(filesIn()).isZero();
    }

    @Test
    void aLongUtf8FileNameFitsButAnOverlongHeaderBlockIs413() throws Exception {
        String name = "日".repeat(200) + ".txt";
        Exchange.FormData form = parse(
                "multipart/form-data; boundary=XyZ",
                body("XyZ", "Content-Disposition: form-data; name=\"f\"; filename=\"" + name + "\"\r\n\r\nx"));
        assertThat(form.filesOf("f").get(0).fileName()).isEqualTo(name);
        String header = "Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\nX-Padding: "
                + "p".repeat(Multipart.MAX_PART_HEADER_BYTES) + "\r\n\r\nv";
        HttpError e = error(() -> parse("multipart/form-data; boundary=XyZ", body("XyZ", FIELD, header)));
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.detail()).isEqualTo("Multipart part headers too large (limit 8192 bytes)");
        assertThat(filesIn()).isZero();
    }

    @Test
    void eachLimitAllowsExactlyItsSize() throws Exception {
        String boundary = "multipart/form-data; boundary=XyZ";
        byte[] file =
                body("XyZ", "Content-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n" + "z".repeat(100));
        Limits exact = Limits.defaults().withMultipart(10, 100, file.length);
        assertThat(parse(boundary, file, exact).filesOf("f").get(0).size()).isEqualTo(100);
        assertThat(Multipart.parse(new ByteArrayInputStream(file), boundary, -1, exact, Multipart.factory(dir))
                        .filesOf("f"))
                .hasSize(1);
        HttpError fileTooLarge =
                error(() -> parse(boundary, file, Limits.defaults().withMultipart(10, 99, file.length)));
        assertThat(fileTooLarge.detail()).isEqualTo("Uploaded file too large (limit 99 bytes)");
        Limits oneLess = Limits.defaults().withMultipart(10, 100, file.length - 1);
        assertThat(error(() -> parse(boundary, file, oneLess)).status()).isEqualTo(413);
        assertThat(error(() -> Multipart.parse(
                                new ByteArrayInputStream(file), boundary, -1, oneLess, Multipart.factory(dir)))
                        .detail())
                .isEqualTo("Request body too large (limit " + (file.length - 1) + " bytes)");
        byte[] field = body("XyZ", "Content-Disposition: form-data; name=\"t\"\r\n\r\n" + "y".repeat(50));
        assertThat(parse(boundary, field, Limits.defaults().withMaxBodyBytes(50))
                        .values("t"))
                .containsExactly("y".repeat(50));
        assertThat(error(() -> parse(boundary, field, Limits.defaults().withMaxBodyBytes(49)))
                        .status())
                .isEqualTo(413);
    }

    @Test
    void tooManyPartsAfterALargeFileLeavesNoTemporaryFile() throws Exception {
        String big = "Content-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n" + "z".repeat(100_000);
        Limits one = Limits.defaults().withMultipart(1, 1_000_000, 1_000_000);
        HttpError e = error(() -> parse("multipart/form-data; boundary=XyZ", body("XyZ", big, FIELD), one));
        assertThat(e.detail()).isEqualTo("Too many multipart parts (limit 1)");
        assertThat(filesIn()).isZero();
    }
}
