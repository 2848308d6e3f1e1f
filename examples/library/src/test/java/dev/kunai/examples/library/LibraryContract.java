package dev.kunai.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Library API's behaviour through the whole application, run against each database by its subclasses. */
abstract class LibraryContract {

    static long id(TestResponse response) {
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        return response.json().get("id").asLong();
    }

    static long book(TestClient client, String title, String isbn, long author, Integer year, List<Long> tags) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "isbn", isbn, "author", author));
        body.put("tags", tags);
        if (year != null) {
            body.put("published", year);
        }
        return id(client.post("/api/books/", body));
    }

    @Test
    void aCatalogueFilteredSearchedOrderedAndPaginated(TestClient client) {
        long leGuin = id(client.post("/api/authors/", Map.of("name", "Ursula K. Le Guin")));
        long banks = id(client.post("/api/authors/", Map.of("name", "Iain M. Banks", "bio", "Scottish")));
        long fantasy = id(client.post("/api/tags/", Map.of("name", "fantasy")));
        long sf = id(client.post("/api/tags/", Map.of("name", "sf")));
        book(client, "A Wizard of Earthsea", "9780553383041", leGuin, 1968, List.of(fantasy));
        book(client, "The Dispossessed", "9780061054884", leGuin, 1974, List.of(sf));
        book(client, "Consider Phlebas", "9780316005388", banks, 1987, List.of(sf));
        JsonNode sfBooks = client.get("/api/books/?tag=sf&ordering=-published").json();
        assertThat(sfBooks.get("count").asInt()).isEqualTo(2);
        assertThat(sfBooks.get("items").findValuesAsText("title"))
                .containsExactly("Consider Phlebas", "The Dispossessed");
        JsonNode byLeGuin =
                client.get("/api/books/?author=" + leGuin + "&since=1970").json();
        assertThat(byLeGuin.get("items").findValuesAsText("title")).containsExactly("The Dispossessed");
        JsonNode searched = client.get("/api/books/?search=banks").json();
        assertThat(searched.get("items").findValuesAsText("title")).containsExactly("Consider Phlebas");
        assertThat(client.get("/api/books/?search=9780553383041")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        JsonNode page =
                client.get("/api/books/?ordering=title&limit=1&offset=1").json();
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("items").findValuesAsText("title")).containsExactly("Consider Phlebas");
        assertThat(page.at("/items/0/author/name").asText()).isEqualTo("Iain M. Banks");
        assertThat(page.at("/items/0/tags/0/name").asText()).isEqualTo("sf");
        assertThat(client.get("/api/books/?ordering=isbn").status()).isEqualTo(422);
        assertThat(client.get("/api/tags/sf").json().get("id").asLong()).isEqualTo(sf);
    }

    @Test
    void writesAreValidatedAndNameTheFieldAndNothingIsHalfWritten(TestClient client) {
        long author = id(client.post("/api/authors/", Map.of("name", "Ursula K. Le Guin")));
        long book = book(client, "Earthsea", "9780553383041", author, null, List.of());
        // tag::write-errors[]
        assertErrors(
                client.post(
                        "/api/books/",
                        Map.of("title", "X", "isbn", "9780553383041", "author", 999999, "tags", List.of(999998))),
                "unique [\"body\",\"payload\",\"isbn\"]",
                "does_not_exist [\"body\",\"payload\",\"author\"]",
                "does_not_exist [\"body\",\"payload\",\"tags\",0]");
        assertErrors(
                client.post("/api/books/", Map.of("title", "", "isbn", "12", "author", author)),
                "string_too_short [\"body\",\"payload\",\"title\"]",
                "string_pattern_mismatch [\"body\",\"payload\",\"isbn\"]");
        assertErrors(
                client.patch("/api/books/" + book, "{\"title\": null}"),
                "string_type [\"body\",\"payload\",\"title\"]");
        assertThat(client.get("/api/books/").json().get("count").asInt()).isEqualTo(1);
        // end::write-errors[]
        // tag::patch[]
        TestResponse patched = client.patch("/api/books/" + book, Map.of("published", 1968));
        assertThat(patched.json().get("title").asText()).isEqualTo("Earthsea");
        assertThat(patched.json().get("published").asInt()).isEqualTo(1968);
        assertThat(client.patch("/api/books/" + book, "{\"published\": null}")
                        .json()
                        .get("published")
                        .isNull())
                .isTrue();
        // end::patch[]
        assertErrors(
                client.post("/api/tags/", Map.of("name", "Not A Slug")),
                "string_pattern_mismatch [\"body\",\"payload\",\"name\"]");
    }

    @Test
    void loansFollowTheLibrarysRulesAndDeletesRespectReferences(TestClient client) {
        long author = id(client.post("/api/authors/", Map.of("name", "Ursula K. Le Guin")));
        long book = book(client, "Earthsea", "9780553383041", author, 1968, List.of());
        String tomorrow = LocalDate.now().plusDays(1).toString();
        TestResponse lent = client.post("/api/loans/", Map.of("book", book, "borrower", "Ged", "due", tomorrow));
        assertThat(lent.status()).as(lent.text()).isEqualTo(201);
        assertThat(lent.json().get("returned").asBoolean()).isFalse();
        assertThat(lent.json().at("/book/title").asText()).isEqualTo("Earthsea");
        long loan = lent.json().get("id").asLong();
        TestResponse twice = client.post("/api/loans/", Map.of("book", book, "borrower", "Tenar", "due", tomorrow));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText())
                .isEqualTo("Book " + book + " is already lent; return it first.");
        assertErrors(
                client.post(
                        "/api/loans/",
                        Map.of(
                                "book",
                                book,
                                "borrower",
                                "Tenar",
                                "due",
                                LocalDate.now().minusDays(1).toString())),
                "date_past [\"body\",\"payload\",\"due\"]");
        TestResponse referenced = client.delete("/api/books/" + book);
        assertThat(referenced.status()).isEqualTo(409);
        assertThat(referenced.json().get("detail").asText())
                .isEqualTo("Book is still referenced by other objects; delete or change them first.");
        TestResponse returned = client.post("/api/loans/" + loan + "/return", "");
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().get("returned").asBoolean()).isTrue();
        assertThat(client.post("/api/loans/", Map.of("book", book, "borrower", "Tenar", "due", tomorrow))
                        .status())
                .isEqualTo(201);
        assertThat(client.post("/api/loans/999999/return", "").status()).isEqualTo(404);
        assertThat(client.delete("/api/authors/" + author).status()).isEqualTo(409);
    }

    @Test
    void tagsHaveNoUpdateRoutesAndATaggedTagCannotBeDeleted(TestClient client) {
        long author = id(client.post("/api/authors/", Map.of("name", "A")));
        long tag = id(client.post("/api/tags/", Map.of("name", "sf")));
        id(client.post("/api/tags/", Map.of("name", "unused")));
        book(client, "B", "9780000000001", author, null, List.of(tag));
        assertThat(client.put("/api/tags/sf", Map.of("name", "x")).status()).isEqualTo(405);
        assertThat(client.patch("/api/tags/sf", Map.of("name", "x")).status()).isEqualTo(405);
        assertThat(client.delete("/api/tags/sf").status()).isEqualTo(409);
        assertThat(client.delete("/api/tags/unused").status()).isEqualTo(204);
        assertThat(client.get("/api/tags/unused").status()).isEqualTo(404);
    }

    /** The response is a 422 listing exactly these errors ("type loc"), each with a message. */
    static void assertErrors(TestResponse response, String... expected) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        List<String> errors = new ArrayList<>();
        for (JsonNode error : response.json().get("detail")) {
            assertThat(error.get("msg").asText()).as(error.toString()).isNotBlank();
            errors.add(error.get("type").asText() + " " + error.get("loc"));
        }
        assertThat(errors).as(response.text()).containsExactlyInAnyOrder(expected);
    }
}
