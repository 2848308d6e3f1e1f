package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.openapi.OpenApi;
import dev.kunai.operation.OperationModels;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestRequest.Part;
import dev.kunai.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request media types (415), HTML-form semantics (empty is absent) and uploads, through the test client. */
class FormsAndMediaTypesTest {

    static final KunaiApi API =
            KunaiApi.builder().prefix("/api").controllers(FormsController.class).build();
    static final TestClient CLIENT = TestClient.forApi(API, GuiceContainer.create());
    static final byte[] NOTE = "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);

    private static TestResponse post(String path, byte[] body, Optional<String> contentType) {
        TestRequest request = TestRequest.of("POST", path);
        return CLIENT.send(contentType.map(t -> request.body(body, t)).orElseGet(() -> bodyWithoutType(path, body)));
    }

    private static TestRequest bodyWithoutType(String path, byte[] body) {
        return TestRequest.of("POST", path).body(body, "x/x").withoutHeader("Content-Type");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/xml",
                "application/jsonx",
                "application/+json",
                "text/json"
            })
    void aJsonBodyOfAnotherTypeIs415AndNothingRuns(String type) {
        int before = FormsController.CALLS.get();
        TestResponse response = post("/api/forms/json", NOTE, Optional.of(type));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.text())
                .isEqualTo("{\"detail\":\"Unsupported Media Type: send the JSON body as application/json\"}");
        assertThat(FormsController.CALLS.get()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "Application/JSON",
                "application/vnd.api+json"
            })
    void jsonTypesWithParametersAreAccepted(String type) {
        TestResponse response = post("/api/forms/json", NOTE, Optional.of(type));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("{\"text\":\"hi\"}");
    }

    @Test
    void aBodyWithoutContentTypeIs415ButNoBodyIsAbsent() {
        assertThat(post("/api/forms/json", NOTE, Optional.empty()).status()).isEqualTo(415);
        assertThat(post("/api/forms/maybe", new byte[0], Optional.empty()).text())
                .isEqualTo("\"none\"");
        assertThat(post("/api/forms/fields", "name=a".getBytes(StandardCharsets.UTF_8), Optional.empty())
                        .status())
                .isEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", "application/octet-stream"})
    void formFieldsOfAnotherTypeAre415(String type) {
        int before = FormsController.CALLS.get();
        TestResponse response = post("/api/forms/fields", "name=a".getBytes(StandardCharsets.UTF_8), Optional.of(type));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("detail").asText()).startsWith("Unsupported Media Type");
        assertThat(FormsController.CALLS.get()).isEqualTo(before);
    }

    @Test
    void openApiDocuments415ForOperationsWithABody() {
        var doc = OpenApi.generate(API, OperationModels.describe(API)).tree();
        assertThat(doc.at("/paths/~1api~1forms~1json/post/responses/415").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1forms~1fields/post/responses/415").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1forms~1query/get/responses/415").isMissingNode())
                .isTrue();
    }

    @Test
    void anEmptyFormValueIsAbsent() {
        TestResponse response = post(
                "/api/forms/fields",
                "age=&level=&ids=1&ids=&ids=2&name=Ann".getBytes(StandardCharsets.UTF_8),
                Optional.of("application/x-www-form-urlencoded"));
        assertThat(response.text())
                .isEqualTo(CLIENT.send(TestRequest.of("POST", "/api/forms/fields")
                                .multipart(List.of(
                                        Part.field("age", ""),
                                        Part.field("level", ""),
                                        Part.field("ids", "1"),
                                        Part.field("ids", ""),
                                        Part.field("ids", "2"),
                                        Part.field("name", "Ann"))))
                        .text());
        assertThat(response.json().get("age").asText()).isEqualTo("absent");
        assertThat(response.json().get("level").asInt()).isEqualTo(5);
        assertThat(response.json().get("ids").toString()).isEqualTo("[1,2]");
        TestResponse missing = post(
                "/api/forms/fields",
                "name=".getBytes(StandardCharsets.UTF_8),
                Optional.of("application/x-www-form-urlencoded"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text())
                .isEqualTo(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"form\",\"name\"],\"msg\":\"Field required\"}]}");
    }

    @Test
    void anEmptyQueryValueIsAbsentToo() {
        TestResponse response = CLIENT.get("/api/forms/query?age=&level=&ids=3&ids=");
        assertThat(response.json().get("age").asText()).isEqualTo("absent");
        assertThat(response.json().get("level").asInt()).isEqualTo(5);
        assertThat(response.json().get("ids").toString()).isEqualTo("[3]");
    }

    @Test
    void aFileInputWithNoFileChosenIsNoFile() {
        TestResponse none = CLIENT.send(TestRequest.of("POST", "/api/forms/optional-file")
                .multipart(List.of(Part.file("file", "", "application/octet-stream", new byte[0]))));
        assertThat(none.text()).isEqualTo("\"no file\"");
        TestResponse required = CLIENT.send(TestRequest.of("POST", "/api/forms/upload")
                .multipart(List.of(Part.file("file", "", "application/octet-stream", new byte[0]))));
        assertThat(required.status()).isEqualTo(422);
        assertThat(required.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"file\",\"file\"]");
        TestResponse emptyFile = CLIENT.send(TestRequest.of("POST", "/api/forms/optional-file")
                .multipart(List.of(Part.file("file", "empty.txt", "text/plain", new byte[0]))));
        assertThat(emptyFile.text()).isEqualTo("\"'empty.txt' 0\"");
        TestResponse unnamed = CLIENT.send(TestRequest.of("POST", "/api/forms/optional-file")
                .multipart(List.of(Part.file("file", "", "text/plain", new byte[] {1, 2}))));
        assertThat(unnamed.text()).isEqualTo("\"'' 2\"");
    }

    private static byte[] bytes(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i * 31);
        }
        return data;
    }

    private static long sum(byte[] data) {
        long sum = 0;
        for (byte b : data) {
            sum += b & 0xff;
        }
        return sum;
    }

    @Test
    void largeUploadsStreamToATemporaryFileDeletedAfterTheRequest() {
        FormsController.SEEN.clear();
        byte[] small = bytes(Multipart.MEMORY_THRESHOLD - 1);
        TestResponse inMemory = CLIENT.send(TestRequest.of("POST", "/api/forms/upload")
                .multipart(List.of(Part.file("file", "a.bin", "application/octet-stream", small))));
        assertThat(inMemory.json().get("onDisk").asBoolean()).isFalse();
        assertThat(inMemory.json().get("sum").asLong()).isEqualTo(sum(small));
        byte[] large = bytes(Multipart.MEMORY_THRESHOLD + 1);
        TestResponse onDisk = CLIENT.send(TestRequest.of("POST", "/api/forms/upload")
                .multipart(List.of(Part.file("file", "a.bin", "application/octet-stream", large))));
        assertThat(onDisk.json().get("onDisk").asBoolean()).isTrue();
        assertThat(onDisk.json().get("size").asLong()).isEqualTo(large.length);
        assertThat(onDisk.json().get("sum").asLong()).isEqualTo(sum(large));
        assertThat(FormsController.SEEN).hasSize(1);
        assertThat(FormsController.SEEN.get(0)).doesNotExist();
    }

    @Test
    void aFailingHandlerStillDeletesTheTemporaryFile() {
        FormsController.SEEN.clear();
        TestResponse response = CLIENT.send(TestRequest.of("POST", "/api/forms/fail")
                .multipart(List.of(Part.file("file", "a.bin", "application/octet-stream", bytes(200_000)))));
        assertThat(response.status()).isEqualTo(409);
        assertThat(FormsController.SEEN).hasSize(1);
        assertThat(FormsController.SEEN.get(0)).doesNotExist();
    }

    @Test
    void moveToKeepsTheUploadAfterTheRequest(@TempDir Path dir) throws Exception {
        FormsController.SEEN.clear();
        byte[] data = bytes(300_000);
        FormsController.keepAt = dir.resolve("kept.bin");
        TestResponse response = CLIENT.send(TestRequest.of("POST", "/api/forms/keep")
                .multipart(List.of(Part.file("file", "a.bin", "application/octet-stream", data))));
        assertThat(response.status()).isEqualTo(200);
        assertThat(Files.readAllBytes(dir.resolve("kept.bin"))).isEqualTo(data);
        assertThat(FormsController.SEEN.get(0)).doesNotExist();
        FormsController.keepAt = dir.resolve("small.bin");
        CLIENT.send(TestRequest.of("POST", "/api/forms/keep")
                .multipart(List.of(Part.file("file", "a.bin", "application/octet-stream", new byte[] {7}))));
        assertThat(Files.readAllBytes(dir.resolve("small.bin"))).containsExactly(7);
    }
}
