package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.data.Schemas;
import dev.kunai.data.db.Db;
import dev.kunai.test.KunaiTest;
import dev.kunai.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tutorial's test, ported: two books in a fixture, GET /books/ through the async client on BookController. */
@KunaiTest(controllers = BookController.class)
class BookControllerTest {
    List<BookSchema> books;
    TestClient.Async client;

    @BeforeEach
    void setup(Db db, TestClient client) {
        books = db.transaction(s -> {
            s.create(new Book("test"));
            s.create(new Book("test2"));
            return s.all(Book.class, BookSchema.class);
        });
        this.client = client.async();
    }

    @Test
    void testGet() {
        var response = client.get("/books/").join();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Schemas.toJson(books, BookSchema.class));
    }
}
