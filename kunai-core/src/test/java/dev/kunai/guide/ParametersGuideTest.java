package dev.kunai.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.http.RequestContext;
import dev.kunai.http.UploadedFile;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.param.Cookie;
import dev.kunai.param.File;
import dev.kunai.param.Form;
import dev.kunai.param.Header;
import dev.kunai.param.Query;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.schema.Default;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/parameters.md. */
class ParametersGuideTest {

    // --- example start
    public enum Sort {
        NEWEST,
        OLDEST
    }

    public record Filters(@Default("1") int page, Optional<String> author) {}

    public record Event(String name, LocalDate day) {}

    @Controller("events")
    public static class EventController {
        @Get("{year}") // year: path (named in the path)
        public Map<String, Object> list(
                int year,
                @Default("NEWEST") Sort sort, // query, with a default
                List<String> tag, // ?tag=a&tag=b
                Optional<LocalDate> from, // optional query
                @Query Filters filters, // several query params in a record
                @Header("X-Client") Optional<String> client,
                @Cookie Optional<String> session) {
            return Map.of(
                    "year",
                    year,
                    "sort",
                    sort,
                    "tags",
                    tag,
                    "from",
                    from.map(Object::toString).orElse("-"),
                    "page",
                    filters.page(),
                    "client",
                    client.orElse("-"),
                    "session",
                    session.orElse("-"));
        }

        @Post("") // a record is the JSON body
        public Event create(Event event, RequestContext context) {
            context.addHeader("Location", "/events/" + event.name());
            return event;
        }

        @Post("upload") // form fields and files (multipart)
        public Map<String, Object> upload(@Form String title, @File UploadedFile file) {
            return Map.of("title", title, "bytes", file.size());
        }
    }
    // --- example end

    static final TestClient CLIENT = TestClient.forApi(
            KunaiApi.builder().prefix("").controllers(EventController.class).build(), GuiceContainer.create());

    @Test
    void everySource() {
        var r = CLIENT.send(TestRequest.of("GET", "/events/2024?tag=a&tag=b&from=2024-01-31&page=2")
                .header("X-Client", "cli")
                .cookie("session", "s"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("year").asInt()).isEqualTo(2024);
        assertThat(r.json().get("sort").asText()).isEqualTo("NEWEST");
        assertThat(r.json().get("from").asText()).isEqualTo("2024-01-31");
        assertThat(r.json().get("session").asText()).isEqualTo("s");
        assertThat(r.json().get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(r.json().get("page").asInt()).isEqualTo(2);
        assertThat(r.json().get("client").asText()).isEqualTo("cli");
        assertThat(CLIENT.get("/events/2024?sort=SIDEWAYS")
                        .json()
                        .get("detail")
                        .get(0)
                        .get("loc")
                        .toString())
                .isEqualTo("[\"query\",\"sort\"]");
        var created = CLIENT.post("/events/", Map.of("name", "launch", "day", "2024-05-01"));
        assertThat(created.header("Location")).contains("/events/launch");
        var upload = CLIENT.send(TestRequest.of("POST", "/events/upload")
                .multipart(List.of(
                        TestRequest.Part.field("title", "t"),
                        TestRequest.Part.file("file", "a.bin", "application/octet-stream", new byte[] {1, 2, 3}))));
        assertThat(upload.json().get("bytes").asInt()).isEqualTo(3);
    }
}
