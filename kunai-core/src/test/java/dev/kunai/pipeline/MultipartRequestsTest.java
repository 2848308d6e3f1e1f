package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and oversized multipart requests through the whole pipeline: each is a 4xx in Kunai's JSON error
 * format and the handler never runs.
 */
class MultipartRequestsTest {

    static final TestClient CLIENT = TestClient.of(Dispatcher.builder()
            .mount(KunaiApi.builder()
                    .prefix("/api")
                    .controllers(FormsController.class)
                    .build())
            .container(GuiceContainer.create())
            .limits(Limits.defaults().withMultipart(3, 1000, 10_000))
            .build());

    private static TestResponse send(String path, String contentType, String body) {
        return CLIENT.send(TestRequest.of("POST", path).body(body.getBytes(StandardCharsets.UTF_8), contentType));
    }

    private static String part(String disposition, String value) {
        return "--XyZ\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + value + "\r\n";
    }

    static Stream<Arguments> malformed() {
        String name = "Content-Disposition: form-data; name=\"name\"";
        return Stream.of(
                Arguments.of("multipart/form-data", "--XyZ--\r\n", "Multipart request without a boundary"),
                Arguments.of("multipart/form-data; boundary=", "--XyZ--\r\n", "Multipart request without a boundary"),
                Arguments.of(
                        "multipart/form-data; boundary=XyZ",
                        "--XyZ\r\n" + name + "\r\n\r\nAn",
                        "Malformed multipart body"),
                Arguments.of(
                        "multipart/form-data; boundary=XyZ",
                        "--XyZ\n" + name + "\n\nAnn\n--XyZ--\n",
                        "Malformed multipart body"),
                Arguments.of(
                        "multipart/form-data; boundary=XyZ",
                        "name=Ann",
                        "Malformed multipart body: no part delimited by the boundary"),
                Arguments.of(
                        "multipart/form-data; boundary=" + "a".repeat(71),
                        "--XyZ--\r\n",
                        "Multipart boundary longer than 70 characters"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedBodiesAre400InTheErrorFormat(String contentType, String body, String detail) {
        int before = FormsController.CALLS.get();
        TestResponse response = send("/api/forms/fields", contentType, body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.json().get("detail").asText()).isEqualTo(detail);
        assertThat(FormsController.CALLS.get()).isEqualTo(before);
    }

    @Test
    void tooManyPartsIs413() {
        int before = FormsController.CALLS.get();
        String body = part("name=\"name\"", "Ann") + part("name=\"ids\"", "1") + part("name=\"ids\"", "2")
                + part("name=\"ids\"", "3") + "--XyZ--\r\n";
        TestResponse response = send("/api/forms/fields", "multipart/form-data; boundary=XyZ", body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.text()).isEqualTo("{\"detail\":\"Too many multipart parts (limit 3)\"}");
        assertThat(FormsController.CALLS.get()).isEqualTo(before);
    }

    @Test
    void aFileOrBodyAboveItsLimitIs413() {
        String file = part("name=\"file\"; filename=\"a.bin\"", "x".repeat(1001)) + "--XyZ--\r\n";
        TestResponse big = send("/api/forms/upload", "multipart/form-data; boundary=XyZ", file);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.text()).isEqualTo("{\"detail\":\"Uploaded file too large (limit 1000 bytes)\"}");
        String total = part("name=\"name\"", "y".repeat(10_001)) + "--XyZ--\r\n";
        TestResponse huge = send("/api/forms/fields", "multipart/form-data; boundary=XyZ", total);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.text()).isEqualTo("{\"detail\":\"Request body too large (limit 10000 bytes)\"}");
    }

    @Test
    void aWellFormedBodyWithQuotedBoundaryAndExtendedFileNameReachesTheHandler() {
        String body =
                part("name=\"file\"; filename=\"EUR.txt\"; filename*=UTF-8''%E2%82%AC.txt", "abc") + "--XyZ--\r\n";
        TestResponse response = send("/api/forms/optional-file", "multipart/form-data; boundary=\"XyZ\"", body);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("\"'€.txt' 3\"");
    }
}
