package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.db.Db;
import dev.kunai.data.db.Session;
import dev.kunai.http.HttpError;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.test.KunaiTest;
import dev.kunai.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A handler can declare a request-scoped Session: one transaction per request, committed before the response. */
@KunaiTest(controllers = RequestSessionTest.ShelfController.class)
class RequestSessionTest {

    /** Uses the request's session instead of db.transaction(...). */
    @Controller("shelf")
    public static class ShelfController {
        @Get("")
        public List<BookSchema> list(Session s) {
            return s.all(Book.class, BookSchema.class);
        }

        @Post("")
        public BookSchema add(Session s, Map<String, String> body) {
            Book book = s.create(new Book(body.get("title")));
            if (body.containsKey("fail")) {
                throw new HttpError(409, "Refused after the insert");
            }
            return s.map(book, BookSchema.class);
        }

        @Post("inserted")
        public BookSchema insert(Session s, Map<String, String> body) {
            Book book = s.insert(new Book(body.get("title")));
            if (body.containsKey("fail")) {
                throw new HttpError(409, "Refused after the insert");
            }
            return s.map(book, BookSchema.class);
        }
    }

    @Test
    void commitsOnSuccessAndRollsBackOnFailure(TestClient client, Db db) {
        assertThat(client.post("/shelf/", Map.of("title", "kept")).status()).isEqualTo(200);
        assertThat(db.read(s -> s.all(Book.class)).size()).isEqualTo(1);
        var refused = client.post("/shelf/", Map.of("title", "dropped", "fail", "yes"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(db.read(s -> s.all(Book.class)).size()).isEqualTo(1);
        assertThat(client.get("/shelf/").json().get(0).get("title").asText()).isEqualTo("kept");
    }

    @Test
    void insertsAreSentAtCommitAndDroppedOnFailure(TestClient client, Db db) {
        var refused = client.post("/shelf/inserted", Map.of("title", "dropped", "fail", "yes"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(db.read(s -> s.all(Book.class)).size()).isZero();
        assertThat(client.post("/shelf/inserted", Map.of("title", "sent")).status())
                .isEqualTo(200);
        assertThat(db.read(s -> s.all(Book.class)).size()).isEqualTo(1);
    }
}
