package dev.kunai.examples.books;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.db.Db;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Books list toolkit ({@code GET /api/books/page} and {@code /books/cursor}): pagination, filters,
 * search and ordering run by the database, and hostile input answered with 4xx. Run per database.
 */
abstract class BookListContract {

    private static final int BOOKS = 150;

    @BeforeEach
    void seed(Db db) {
        db.inTransaction(s -> {
            Tag red = s.persist(new Tag("red"));
            Tag blue = s.persist(new Tag("blue"));
            for (int i = 0; i < BOOKS; i++) {
                Book book = s.persist(new Book(String.format("Book %03d", i)));
                book.tags.add(i % 2 == 0 ? red : blue);
            }
            Book dune = s.persist(new Book("Dune"));
            dune.tags.add(s.persist(new Tag("sci-fi")));
            s.persist(new Book("Dune Messiah"));
        });
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void limitOffsetPagesWithACount(TestClient client) {
        JsonNode first = client.get("/books/page").json();
        assertThat(first.get("count").asLong()).isEqualTo(BOOKS + 2);
        assertThat(first.get("items")).hasSize(100);
        assertThat(first.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("items", "count");
        JsonNode page = client.get("/books/page?limit=3&offset=10").json();
        assertThat(titles(page.get("items"))).containsExactly("Book 010", "Book 011", "Book 012");
        assertThat(page.get("items").get(0).get("tags").get(0).get("name").asText())
                .isEqualTo("red");
        assertThat(client.get("/books/page?offset=1000").json().get("items")).isEmpty();
    }

    @Test
    void filterSearchAndOrderingComposeBeforeThePage(TestClient client) {
        JsonNode dune = client.get("/books/page?title=dUNe&ordering=-title").json();
        assertThat(titles(dune.get("items"))).containsExactly("Dune Messiah", "Dune");
        assertThat(dune.get("count").asLong()).isEqualTo(2);
        JsonNode tagged = client.get("/books/page?tag=sci-fi&tag=nope").json();
        assertThat(titles(tagged.get("items"))).containsExactly("Dune");
        JsonNode searched = client.get("/books/page?search=" + q("book blue") + "&ordering=-id&limit=2")
                .json();
        assertThat(searched.get("count").asLong()).isEqualTo(BOOKS / 2);
        assertThat(titles(searched.get("items"))).containsExactly("Book 149", "Book 147");
        JsonNode all = client.get("/books/page?tag=red&search=14&ordering=-title&limit=3")
                .json();
        assertThat(titles(all.get("items"))).containsExactly("Book 148", "Book 146", "Book 144");
        assertThat(all.get("count").asLong()).isEqualTo(7); // 014, 114, 140, 142, 144, 146, 148
    }

    @Test
    void cursorPagesWalkForwardAndBackWithoutCounting(TestClient client) {
        List<String> seen = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String url = "/books/cursor?page_size=40&ordering=-title";
        JsonNode page = client.get(url).json();
        assertThat(page.get("previous").isNull()).isTrue();
        while (true) {
            seen.addAll(titles(page.get("results")));
            if (page.get("next").isNull()) {
                break;
            }
            cursors.add(page.get("next").asText());
            page = client.get(url + "&cursor=" + q(page.get("next").asText())).json();
        }
        assertThat(seen).hasSize(BOOKS + 2).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 3)).containsExactly("Dune Messiah", "Dune", "Book 149");
        assertThat(page.has("count")).isFalse();
        JsonNode back =
                client.get(url + "&cursor=" + q(page.get("previous").asText())).json();
        assertThat(titles(back.get("results"))).isEqualTo(seen.subList(80, 120));
        assertThat(back.get("next").asText()).isNotBlank();
    }

    @Test
    void hostileInputIsA4xxInTheErrorFormat(TestClient client) {
        for (String query : List.of(
                "limit=-1",
                "limit=0",
                "limit=1001",
                "limit=99999999999999999999",
                "limit=abc",
                "offset=-5",
                "offset=1e3",
                "ordering=nope",
                "ordering=" + q("title; drop table Book"),
                "ordering=" + q("-"),
                "ordering=" + q("a,b,c,d,e,f"),
                "search=" + q("x".repeat(201)),
                "title=" + q("x".repeat(256)))) {
            TestResponse response = client.get("/books/page?" + query);
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.json().get("detail").isArray()).as(query).isTrue();
        }
        // an empty value is absent, as everywhere in query strings (docs/parameters.md): the first page
        assertThat(client.get("/books/cursor?cursor=").text())
                .isEqualTo(client.get("/books/cursor").text());
        for (String cursor : List.of("abc", "abc.def", ".", "eyJ9.AAAA", "x".repeat(3000))) {
            TestResponse response = client.get("/books/cursor?cursor=" + q(cursor));
            assertThat(response.status()).as(cursor).isIn(400);
            assertThat(response.json().get("detail").asText()).as(cursor).isEqualTo("Invalid cursor");
        }
        String next = client.get("/books/cursor?page_size=2").json().get("next").asText();
        String truncated = next.substring(0, next.length() - 2);
        assertThat(client.get("/books/cursor?cursor=" + q(truncated)).status()).isEqualTo(400);
        String edited = (next.charAt(0) == 'W' ? 'X' : 'W') + next.substring(1);
        assertThat(client.get("/books/cursor?cursor=" + q(edited)).status()).isEqualTo(400);
        // a cursor is a position in the order it was made in: another ordering (same arity, same types) is a 400
        String byTitle = client.get("/books/cursor?page_size=2&ordering=title")
                .json()
                .get("next")
                .asText();
        TestResponse reordered = client.get("/books/cursor?ordering=-title&cursor=" + q(byTitle));
        assertThat(reordered.status()).isEqualTo(400);
        assertThat(reordered.json().get("detail").asText()).isEqualTo("Invalid cursor");
        assertThat(client.get("/books/cursor?ordering=title&cursor=" + q(byTitle))
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/books/cursor?page_size=2&ordering=title&cursor=" + q(next))
                        .status())
                .isEqualTo(400); // made for the id order: one key, where title and id are two
        for (String metacharacters : List.of("%", "_", "'", "' or '1'='1", "\\", "\"; drop table Book; --")) {
            TestResponse response = client.get("/books/page?search=" + q(metacharacters) + "&title=" + q(metacharacters)
                    + "&tag=" + q(metacharacters));
            assertThat(response.status()).as(metacharacters).isEqualTo(200);
            assertThat(response.json().get("items")).as(metacharacters).isEmpty();
        }
        assertThat(client.get("/books/page").json().get("count").asLong()).isEqualTo(BOOKS + 2);
    }

    @Test
    void aPageIsOneCountAndOneStatementPerRelationLevelForAnySize(TestClient client, Db db) {
        db.statistics().setStatisticsEnabled(true);
        try {
            for (int size : new int[] {1, 100}) {
                db.statistics().clear();
                JsonNode page = client.get("/books/page?search=book&ordering=-title&limit=" + size)
                        .json();
                assertThat(page.get("items")).hasSize(size);
                assertThat(db.statistics().getPrepareStatementCount())
                        .as("page size %d: count, books, tags", size)
                        .isEqualTo(3);
                db.statistics().clear();
                JsonNode cursor = client.get("/books/cursor?page_size=" + Math.min(size, 100))
                        .json();
                assertThat(cursor.get("results")).hasSize(size);
                assertThat(db.statistics().getPrepareStatementCount())
                        .as("cursor page size %d: books, tags", size)
                        .isEqualTo(2);
            }
        } finally {
            db.statistics().setStatisticsEnabled(false);
        }
    }
}
