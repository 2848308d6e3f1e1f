package dev.kunai.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Library API's behaviour through the whole application, run against each database by its subclasses. */
abstract class LibraryContract {

    /** Every test user's password. */
    static final String PASSWORD = "library-pass-1";

    /** The {@code Authorization} header of {@code username} with {@link #PASSWORD}. */
    static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code method path} with {@code json} (none when empty) as {@code username}. */
    static TestResponse as(TestClient client, String username, String method, String path, String json) {
        TestRequest request = TestRequest.of(method, path).header("Authorization", basic(username));
        return client.send(json.isEmpty() ? request : request.json(json));
    }

    /** A loan of {@code book} due tomorrow, created by {@code username}. */
    static String loanOf(long book, String borrower) {
        return "{\"book\": " + book + ", \"borrower\": \"" + borrower + "\", \"due\": \""
                + LocalDate.now().plusDays(1) + "\"}";
    }

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
    void writersHaveSchemasDerivedFromTheEntity(TestClient client) {
        // tag::writers[]
        TestResponse created = client.post("/api/writers/", Map.of("name", "Ursula K. Le Guin"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().toString())
                .isEqualTo("{\"id\":" + id + ",\"name\":\"Ursula K. Le Guin\",\"bio\":null}");
        // the same row as the record-based /api/authors/ answers
        assertThat(client.get("/api/authors/" + id).json()).isEqualTo(created.json());
        assertThat(client.patch("/api/writers/" + id, Map.of("bio", "Earthsea"))
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Ursula K. Le Guin");
        assertErrors(
                client.post("/api/writers/", Map.of("id", 5, "nickname", "UKL", "bio", 3)),
                "read_only [\"body\",\"payload\",\"id\"]",
                "extra_forbidden [\"body\",\"payload\",\"nickname\"]",
                "missing [\"body\",\"payload\",\"name\"]",
                "string_type [\"body\",\"payload\",\"bio\"]");
        assertThat(client.get("/api/writers/?limit=1").json().get("count").asInt())
                .isEqualTo(1);
        // end::writers[]
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
    void loansFollowTheLibrarysRulesAndDeletesRespectReferences(TestClient client, Db db) {
        new Users(db).createUser("ged", "", PASSWORD);
        long author = id(client.post("/api/authors/", Map.of("name", "Ursula K. Le Guin")));
        long book = book(client, "Earthsea", "9780553383041", author, 1968, List.of());
        TestResponse lent = as(client, "ged", "POST", "/api/loans/", loanOf(book, "Ged"));
        assertThat(lent.status()).as(lent.text()).isEqualTo(201);
        assertThat(lent.json().get("returned").asBoolean()).isFalse();
        assertThat(lent.json().at("/book/title").asText()).isEqualTo("Earthsea");
        long loan = lent.json().get("id").asLong();
        assertThat(lent.json().at("/owner/username").asText()).isEqualTo("ged");
        TestResponse twice = as(client, "ged", "POST", "/api/loans/", loanOf(book, "Tenar"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText())
                .isEqualTo("Book " + book + " is already lent; return it first.");
        assertErrors(
                as(
                        client,
                        "ged",
                        "POST",
                        "/api/loans/",
                        loanOf(book, "Tenar")
                                .replace(
                                        LocalDate.now().plusDays(1).toString(),
                                        LocalDate.now().minusDays(1).toString())),
                "date_past [\"body\",\"payload\",\"due\"]");
        TestResponse referenced = client.delete("/api/books/" + book);
        assertThat(referenced.status()).isEqualTo(409);
        assertThat(referenced.json().get("detail").asText())
                .isEqualTo("Book is still referenced by other objects; delete or change them first.");
        TestResponse returned = as(client, "ged", "POST", "/api/loans/" + loan + "/return", "");
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().get("returned").asBoolean()).isTrue();
        assertThat(as(client, "ged", "POST", "/api/loans/", loanOf(book, "Tenar"))
                        .status())
                .isEqualTo(201);
        assertThat(as(client, "ged", "POST", "/api/loans/999999/return", "").status())
                .isEqualTo(404);
        assertThat(client.delete("/api/authors/" + author).status()).isEqualTo(409);
    }

    @Test
    void eachUserSeesAndChangesOnlyTheirOwnLoansAndStaffSeesAll(TestClient client, Db db) {
        Users users = new Users(db);
        users.createUser("ann", "", PASSWORD);
        users.createUser("bob", "", PASSWORD);
        users.createSuperuser("librarian", "", PASSWORD);
        long author = id(client.post("/api/authors/", Map.of("name", "Ursula K. Le Guin")));
        long earthsea = book(client, "Earthsea", "9780553383041", author, 1968, List.of());
        long dispossessed = book(client, "The Dispossessed", "9780061054884", author, 1974, List.of());
        // tag::own-loans[]
        long anns = id(as(client, "ann", "POST", "/api/loans/", loanOf(earthsea, "Ann")));
        long bobs = id(as(client, "bob", "POST", "/api/loans/", loanOf(dispossessed, "Bob")));
        JsonNode annSees = as(client, "ann", "GET", "/api/loans/", "").json();
        assertThat(annSees.get("count").asInt()).isEqualTo(1);
        assertThat(annSees.at("/items/0/id").asLong()).isEqualTo(anns);
        assertThat(annSees.at("/items/0/owner/username").asText()).isEqualTo("ann");
        // another user's loan does not exist for ann: 404, as for an id nobody has
        String bobsLoan = "/api/loans/" + bobs;
        TestResponse hidden = as(client, "ann", "GET", bobsLoan, "");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail").asText()).isEqualTo("No Loan matches the given query.");
        assertThat(as(client, "ann", "PUT", bobsLoan, loanOf(dispossessed, "Mallory"))
                        .status())
                .isEqualTo(404);
        assertThat(as(client, "ann", "PATCH", bobsLoan, "{\"borrower\": \"Mallory\"}")
                        .status())
                .isEqualTo(404);
        assertThat(as(client, "ann", "POST", bobsLoan + "/return", "").status()).isEqualTo(404);
        assertThat(as(client, "ann", "DELETE", bobsLoan, "").status()).isEqualTo(404);
        // staff see every loan
        assertThat(as(client, "librarian", "GET", "/api/loans/", "")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(2);
        // end::own-loans[]
        JsonNode bobSees = as(client, "bob", "GET", bobsLoan, "").json();
        assertThat(bobSees.get("borrower").asText()).isEqualTo("Bob");
        assertThat(bobSees.get("returned").asBoolean()).isFalse();
        assertThat(as(client, "bob", "GET", "/api/loans/", "")
                        .json()
                        .at("/items/0/id")
                        .asLong())
                .isEqualTo(bobs);
        assertThat(as(client, "bob", "GET", "/api/loans/" + anns, "").status()).isEqualTo(404);
        assertThat(as(client, "librarian", "GET", "/api/loans/" + anns, "")
                        .json()
                        .at("/owner/username")
                        .asText())
                .isEqualTo("ann");
        assertThat(as(client, "ann", "PATCH", "/api/loans/" + anns, "{\"borrower\": \"Ann B.\"}")
                        .json()
                        .get("borrower")
                        .asText())
                .isEqualTo("Ann B.");
        assertThat(as(client, "bob", "DELETE", bobsLoan, "").status()).isEqualTo(204);
        assertThat(as(client, "librarian", "GET", "/api/loans/", "")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void loansNeedAUser(TestClient client, Db db) {
        new Users(db).createUser("ann", "", PASSWORD);
        TestResponse anonymous = client.get("/api/loans/");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic realm=\"api\"");
        assertThat(client.post("/api/loans/", loanOf(1, "Nobody")).status()).isEqualTo(401);
        assertThat(client.delete("/api/loans/1").status()).isEqualTo(401);
        // ann:wrong
        TestResponse wrong =
                client.send(TestRequest.of("GET", "/api/loans/").header("Authorization", "Basic YW5uOndyb25n"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(as(client, "ann", "GET", "/api/loans/", "").status()).isEqualTo(200);
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
