package dev.kunai.data.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The generated routes of model controllers, through the in-process client, on each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModelControllersContract {

    protected Db db;
    protected TestClient client;

    /** The database under test. */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Author.class, Book.class, Tag.class)
                .schemaFromModels()
                .statistics(true));
        client = TestClient.forControllers(
                GuiceContainer.builder().bind(Db.class, db).build(),
                Controllers.AuthorController.class,
                Controllers.BookController.class,
                Controllers.TagController.class,
                Controllers.PeopleController.class,
                Controllers.GuardedAuthorController.class,
                Controllers.InitialAuthorController.class);
    }

    @BeforeEach
    void empty() {
        db.truncate();
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
        release();
    }

    long author(String name, String email) {
        TestResponse created = client.post("/authors/", Map.of("name", name, "email", email));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long tag(String name) {
        TestResponse created = client.post("/tags/", Map.of("name", name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void createRetrieveAndListAPage() {
        TestResponse created =
                client.post("/authors/", "{\"name\": \"Ursula\", \"email\": \"ursula@example.org\", \"bio\": \"SF\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().toString())
                .isEqualTo("{\"id\":" + id + ",\"name\":\"Ursula\",\"email\":\"ursula@example.org\",\"bio\":\"SF\"}");
        assertThat(client.get("/authors/" + id).json()).isEqualTo(created.json());
        author("Iain", "iain@example.org");
        author("Octavia", "octavia@example.org");
        JsonNode page = client.get("/authors/?limit=2&offset=1").json();
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("items").findValuesAsText("name")).containsExactly("Iain", "Octavia");
        assertThat(client.get("/authors/").json().get("items")).hasSize(3);
        assertThat(client.get("/authors/?limit=0").status()).isEqualTo(422);
    }

    @Test
    void putReplacesEveryFieldAndIsValidatedLikeACreate() {
        long id = author("Ursula", "ursula@example.org");
        TestResponse put = client.put("/authors/" + id, "{\"name\": \"Ursula K.\", \"email\": \"u@example.org\"}");
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().get("name").asText()).isEqualTo("Ursula K.");
        assertThat(put.json().get("bio").isNull()).isTrue();
        assertErrors(
                client.put("/authors/" + id, "{\"email\": \"x@example.org\"}"),
                "missing [\"body\",\"payload\",\"name\"]");
        // the payload lets the email out, the column does not: 422 naming it, never a 500
        assertErrors(client.put("/authors/" + id, "{\"name\": \"U\"}"), "null [\"body\",\"payload\",\"email\"]");
        assertThat(client.get("/authors/" + id).json().get("email").asText()).isEqualTo("u@example.org");
        assertThat(client.put("/authors/999999", "{\"name\": \"U\", \"email\": \"z@example.org\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void patchChangesOnlyTheSentFieldsAndNullSetsNull() {
        long id = author("Ursula", "ursula@example.org");
        client.patch("/authors/" + id, "{\"bio\": \"Earthsea\"}");
        TestResponse renamed = client.patch("/authors/" + id, "{\"name\": \"Ursula K. Le Guin\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("bio").asText()).isEqualTo("Earthsea");
        assertThat(renamed.json().get("email").asText()).isEqualTo("ursula@example.org");
        TestResponse cleared = client.patch("/authors/" + id, "{\"bio\": null}");
        assertThat(cleared.json().get("bio").isNull()).isTrue();
        assertThat(cleared.json().get("name").asText()).isEqualTo("Ursula K. Le Guin");
        assertThat(client.patch("/authors/" + id, "{}").json()).isEqualTo(cleared.json());
        assertErrors(client.patch("/authors/" + id, "{\"name\": null}"), "string_type [\"body\",\"payload\",\"name\"]");
        assertErrors(client.patch("/authors/" + id, "{\"email\": null}"), "null [\"body\",\"payload\",\"email\"]");
        assertErrors(
                client.patch("/authors/" + id, "{\"email\": \"not an email\", \"name\": \"\"}"),
                "string_too_short [\"body\",\"payload\",\"name\"]",
                "value_error.email [\"body\",\"payload\",\"email\"]");
        assertThat(client.get("/authors/" + id).json()).isEqualTo(cleared.json());
        assertThat(client.patch("/authors/999999", "{}").status()).isEqualTo(404);
    }

    @Test
    void aTakenUniqueValueIs422NamingTheField() {
        long first = author("Ursula", "ursula@example.org");
        long second = author("Iain", "iain@example.org");
        assertErrors(
                client.post("/authors/", Map.of("name", "Other", "email", "ursula@example.org")),
                "unique [\"body\",\"payload\",\"email\"]");
        assertErrors(
                client.patch("/authors/" + second, Map.of("email", "ursula@example.org")),
                "unique [\"body\",\"payload\",\"email\"]");
        assertThat(client.patch("/authors/" + first, Map.of("email", "ursula@example.org"))
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/authors/").json().get("count").asInt()).isEqualTo(2);
    }

    @Test
    void relationsAreWrittenByIdAndUnknownIdsAre422NamingTheField() {
        long ursula = author("Ursula", "ursula@example.org");
        long sf = tag("sf");
        long classic = tag("classic");
        TestResponse created =
                client.post("/books/", Map.of("title", "Earthsea", "author", ursula, "tags", List.of(sf, classic, sf)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().at("/author/name").asText()).isEqualTo("Ursula");
        assertThat(created.json().get("tags").findValuesAsText("name")).containsExactly("sf", "classic");
        long book = created.json().get("id").asLong();
        assertErrors(
                client.post("/books/", Map.of("title", "X", "author", 999999, "tags", List.of(sf, 999998, 999997))),
                "does_not_exist [\"body\",\"payload\",\"author\"]",
                "does_not_exist [\"body\",\"payload\",\"tags\",1]",
                "does_not_exist [\"body\",\"payload\",\"tags\",2]");
        assertThat(client.get("/books/").json().get("count").asInt()).isEqualTo(1);
        TestResponse retagged = client.patch("/books/" + book, Map.of("tags", List.of(classic)));
        assertThat(retagged.json().get("tags").findValuesAsText("name")).containsExactly("classic");
        assertThat(client.get("/books/" + book).json()).isEqualTo(retagged.json());
        TestResponse untagged = client.patch("/books/" + book, Map.of("tags", List.of()));
        assertThat(untagged.json().get("tags")).isEmpty();
        assertErrors(
                client.patch("/books/" + book, "{\"author\": null}"), "int_type [\"body\",\"payload\",\"author\"]");
        assertErrors(
                client.patch("/books/" + book, "{\"tags\": [" + sf + ", 999999]}"),
                "does_not_exist [\"body\",\"payload\",\"tags\",1]");
        assertThat(client.get("/books/" + book).json().get("tags")).isEmpty();
    }

    @Test
    void deleteIs204Then404AndAReferencedObjectIs409() {
        long ursula = author("Ursula", "ursula@example.org");
        long iain = author("Iain", "iain@example.org");
        client.post("/books/", Map.of("title", "Earthsea", "author", ursula, "tags", List.of()));
        TestResponse referenced = client.delete("/authors/" + ursula);
        assertThat(referenced.status()).isEqualTo(409);
        assertThat(referenced.json().get("detail").asText()).contains("Author is still referenced");
        assertThat(client.get("/authors/" + ursula).status()).isEqualTo(200);
        assertThat(client.delete("/authors/" + iain).status()).isEqualTo(204);
        TestResponse gone = client.delete("/authors/" + iain);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text()).isEqualTo("{\"detail\":\"No Author matches the given query.\"}");
        assertThat(client.get("/authors/" + iain).text()).isEqualTo(gone.text());
        assertThat(client.get("/authors/abc").status()).isEqualTo(422);
    }

    @Test
    void anObjectDeletedDuringAnUpdateIs404NotA500() {
        long id = author("Ursula", "ursula@example.org");
        ModelService<Author, Long> racing = new ModelService<>(db, Author.class) {
            @Override
            protected void beforeSave(dev.kunai.data.db.Session session, Author object, ModelAction action) {
                db.inTransaction(other -> other.hibernate()
                        .createMutationQuery("delete from Author where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
            }
        };
        var patch = dev.kunai.schema.PatchDict.of(Schemas.AuthorIn.class, Map.of("name", "Late"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> racing.patch(id, patch, Schemas.AuthorSchema.class))
                .isInstanceOfSatisfying(
                        dev.kunai.http.HttpError.class,
                        e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aUniqueValueTakenBetweenTheCheckAndTheCommitIs409() {
        long id = author("Ursula", "ursula@example.org");
        ModelService<Author, Long> racing = new ModelService<>(db, Author.class) {
            @Override
            protected void beforeSave(dev.kunai.data.db.Session session, Author object, ModelAction action) {
                db.inTransaction(other -> {
                    Author rival = other.hibernate().find(Author.class, id);
                    rival.email = "taken@example.org";
                });
            }
        };
        var patch = dev.kunai.schema.PatchDict.of(Schemas.AuthorIn.class, Map.of("email", "taken@example.org"));
        long other = author("Iain", "iain@example.org");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> racing.patch(other, patch, Schemas.AuthorSchema.class))
                .isInstanceOfSatisfying(dev.kunai.http.HttpError.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.detail()).isEqualTo("Author with this email already exists.");
                });
        assertThat(client.get("/authors/" + other).json().get("email").asText()).isEqualTo("iain@example.org");
    }

    @Test
    void aVersionedObjectChangedDuringAnUpdateIs409() {
        long id = tag("sf");
        ModelService<Tag, Long> racing = new ModelService<>(db, Tag.class) {
            @Override
            protected void beforeSave(dev.kunai.data.db.Session session, Tag object, ModelAction action) {
                db.inTransaction(other -> other.hibernate().find(Tag.class, id).name = "science-fiction");
            }
        };
        var patch = dev.kunai.schema.PatchDict.of(Schemas.TagIn.class, Map.of("name", "fiction"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> racing.patch(id, patch, Schemas.TagSchema.class))
                .isInstanceOfSatisfying(dev.kunai.http.HttpError.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.detail()).isEqualTo("Tag was changed by another request; read it again and retry.");
                });
        assertThat(client.get("/tags/science-fiction").status()).isEqualTo(200);
    }

    @Test
    void lookupByAnotherUniqueFieldAndOnlyTheAllowedRoutes() {
        tag("sf");
        TestResponse found = client.get("/tags/sf");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("name").asText()).isEqualTo("sf");
        assertThat(client.get("/tags/nope").status()).isEqualTo(404);
        assertThat(client.delete("/tags/sf").status()).isEqualTo(405);
        assertThat(client.put("/tags/sf", Map.of("name", "x")).status()).isEqualTo(405);
        assertErrors(client.post("/tags/", Map.of("name", "sf")), "unique [\"body\",\"payload\",\"name\"]");
    }

    @Test
    void aRedeclaredRouteStillAnswersThroughTheService() {
        long id = author("Ursula", "ursula@example.org");
        assertThat(client.get("/people/" + id).json().get("name").asText()).isEqualTo("Ursula");
        assertThat(client.get("/people/999999").status()).isEqualTo(404);
        assertThat(client.post("/people/", Map.of("name", "x")).status()).isEqualTo(405);
    }

    @Test
    void theObjectCheckGuardsRetrieveUpdatePatchAndDelete() {
        long id = author("Secret", "secret@example.org");
        assertThat(client.get("/authors/" + id).status()).isEqualTo(403);
        assertThat(client.put("/authors/" + id, Map.of("name", "Open", "email", "o@example.org"))
                        .status())
                .isEqualTo(403);
        assertThat(client.patch("/authors/" + id, Map.of("name", "Open")).status())
                .isEqualTo(403);
        assertThat(client.delete("/authors/" + id).status()).isEqualTo(403);
        assertThat(client.get("/authors/").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void permissionsOnTheControllerCheckTheLoadedObjectOfEveryRoute() {
        long secret = author("Secret Agent", "agent@example.org");
        long open = author("Open Author", "open@example.org");
        assertThat(client.get("/guarded/" + secret).status()).isEqualTo(403);
        assertThat(client.get("/guarded/" + secret).json().get("detail").asText())
                .isEqualTo("You do not have permission to perform this action.");
        assertThat(client.put("/guarded/" + secret, Map.of("name", "Renamed", "email", "r@example.org"))
                        .status())
                .isEqualTo(403);
        assertThat(client.patch("/guarded/" + secret, Map.of("name", "Renamed")).status())
                .isEqualTo(403);
        assertThat(client.delete("/guarded/" + secret).status()).isEqualTo(403);
        // nothing was written: the same object, unchanged, through an unguarded route
        assertThat(client.get("/people/" + secret).json().get("name").asText()).isEqualTo("Secret Agent");
        assertThat(client.get("/guarded/" + open).json().get("name").asText()).isEqualTo("Open Author");
        assertThat(client.patch("/guarded/" + open, Map.of("name", "Still Open"))
                        .status())
                .isEqualTo(200);
        assertThat(client.delete("/guarded/" + open).status()).isEqualTo(204);
        assertThat(client.get("/guarded/999999").status()).isEqualTo(404);
    }

    @Test
    void theServicesScopeNarrowsEveryRouteInSqlAndHidesWhatIsOutsideAs404() {
        long ann = author("Ann", "ann@example.org");
        long bob = author("Bob", "bob@example.org");
        author("Abe", "abe@example.org");
        JsonNode page = as("A", TestRequest.of("GET", "/initials/?limit=1")).json();
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.at("/items/0/id").asLong()).isEqualTo(ann);
        assertThat(as("A", TestRequest.of("GET", "/initials/" + ann)).status()).isEqualTo(200);
        String bobs = "/initials/" + bob;
        TestResponse hidden = as("A", TestRequest.of("GET", bobs));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail").asText()).isEqualTo("No Author matches the given query.");
        assertThat(as("A", TestRequest.of("PUT", bobs).json(Map.of("name", "Al", "email", "al@example.org")))
                        .status())
                .isEqualTo(404);
        assertThat(as("A", TestRequest.of("PATCH", bobs).json(Map.of("name", "Al")))
                        .status())
                .isEqualTo(404);
        assertThat(as("A", TestRequest.of("DELETE", bobs)).status()).isEqualTo(404);
        assertThat(client.get("/authors/" + bob).json().get("name").asText()).isEqualTo("Bob");
        assertThat(client.send(TestRequest.of("GET", "/initials/"))
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
        TestResponse created =
                as("B", TestRequest.of("POST", "/initials/").json(Map.of("name", "Bea", "email", "bea@example.org")));
        assertThat(created.json().get("bio").asText()).isEqualTo("Created for B");
        assertThat(as("B", TestRequest.of("PATCH", bobs).json(Map.of("bio", "seen")))
                        .json()
                        .get("bio")
                        .asText())
                .isEqualTo("seen");
        assertThat(as("B", TestRequest.of("DELETE", bobs)).status()).isEqualTo(204);
        // the list is still one statement for the page and one for the count: the scope is in the SQL
        db.statistics().clear();
        assertThat(as("A", TestRequest.of("GET", "/initials/")).status()).isEqualTo(200);
        assertThat(db.statistics().getPrepareStatementCount()).isEqualTo(2);
    }

    private TestResponse as(String initial, TestRequest request) {
        return client.send(request.header("X-Initial", initial));
    }

    @Test
    void listsAndRetrievesTakeOneStatementPerRelationLevelWhateverThePageSize() {
        long author = author("Ursula", "ursula@example.org");
        List<Long> tags = List.of(tag("a"), tag("b"));
        for (int i = 0; i < 100; i++) {
            client.post("/books/", Map.of("title", "Book " + i, "author", author, "tags", tags));
        }
        long one = statements("/books/?limit=1");
        long hundred = statements("/books/?limit=100");
        // the page of books, its authors, its tags, and the count
        assertThat(one).isEqualTo(4);
        assertThat(hundred).isEqualTo(one);
        long book = client.get("/books/?limit=1").json().at("/items/0/id").asLong();
        assertThat(statements("/books/" + book)).isEqualTo(3);
    }

    private long statements(String path) {
        db.statistics().clear();
        assertThat(client.get(path).status()).isEqualTo(200);
        return db.statistics().getPrepareStatementCount();
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
