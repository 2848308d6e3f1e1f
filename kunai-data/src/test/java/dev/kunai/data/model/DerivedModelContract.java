package dev.kunai.data.model;

import static dev.kunai.data.model.ModelControllersContract.assertErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The operations of {@link ModelOperations} (schemas derived from the entity), in process, on each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DerivedModelContract {

    protected Db db;
    protected TestClient client;

    /** The database under test. */
    protected abstract Database database();

    /** Frees whatever {@link #database()} created. */
    protected void release() {}

    @BeforeAll
    void start() {
        db = Db.open(database()
                .entities(Author.class, Book.class, Tag.class, Member.class)
                .schemaFromModels()
                .statistics(true));
        client = TestClient.forApi(
                DerivedApis.api(() -> db), GuiceContainer.builder().build());
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

    private long created(String path, Object body) {
        TestResponse created = client.post(path, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long author(String name) {
        return db.transaction(s -> {
            Author author = new Author();
            author.name = name;
            author.email = name.toLowerCase(java.util.Locale.ROOT) + "@example.org";
            return s.persist(author).id;
        });
    }

    @Test
    void membersAreCreatedReadAndListedInTheDerivedShape() {
        long ursula = author("Ursula");
        TestResponse created = client.post(
                "/api/members/",
                Map.of("name", "Ann", "email", "ann@example.org", "password", "s3cret", "favourite", ursula));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        // read-only status comes from the entity's default; the write-only password is never answered
        assertThat(created.json().toString())
                .isEqualTo("{\"id\":" + id + ",\"name\":\"Ann\",\"email\":\"ann@example.org\",\"status\":\"active\","
                        + "\"favourite\":" + ursula + "}");
        assertThat(client.get("/api/members/" + id).json()).isEqualTo(created.json());
        String stored = db.read(s -> s.find(Member.class, id).orElseThrow().password);
        assertThat(stored).isEqualTo("s3cret");
        created("/api/members/", Map.of("name", "Bob", "email", "bob@example.org"));
        JsonNode page = client.get("/api/members/?limit=1&offset=1").json();
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsText("name")).containsExactly("Bob");
        assertThat(page.at("/items/0/favourite").isNull()).isTrue();
        assertThat(client.get("/api/members/999999").json().get("detail").asText())
                .isEqualTo("No Member matches the given query.");
    }

    @Test
    void everyBodyProblemIsA422NamingTheField() {
        assertErrors(
                client.post(
                        "/api/members/",
                        Map.of("name", "A", "email", "not-an-email", "status", "gone", "age", 3, "id", 7)),
                "string_too_short [\"body\",\"payload\",\"name\"]",
                "value_error.email [\"body\",\"payload\",\"email\"]",
                "read_only [\"body\",\"payload\",\"status\"]",
                "read_only [\"body\",\"payload\",\"id\"]",
                "extra_forbidden [\"body\",\"payload\",\"age\"]");
        assertErrors(
                client.post("/api/members/", "{\"name\": 5, \"favourite\": \"x\"}"),
                "string_type [\"body\",\"payload\",\"name\"]",
                "missing [\"body\",\"payload\",\"email\"]",
                "int_type [\"body\",\"payload\",\"favourite\"]");
        assertErrors(
                client.post("/api/members/", Map.of("name", "Ann", "email", "ann@example.org", "favourite", 999999)),
                "does_not_exist [\"body\",\"payload\",\"favourite\"]");
        created("/api/members/", Map.of("name", "Ann", "email", "ann@example.org"));
        assertErrors(
                client.post("/api/members/", Map.of("name", "Ann B", "email", "ann@example.org")),
                "unique [\"body\",\"payload\",\"email\"]");
        assertThat(client.post("/api/members/", "[1]").status()).isEqualTo(422);
        assertThat(client.get("/api/members/").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void anOptionalFieldTheDatabaseRequiresIsA4xxWhenLeftOutAndWritesNothing() {
        TestResponse missing = client.post("/api/lenient/", Map.of("name", "Bob"));
        assertThat(missing.status()).as(missing.text()).isEqualTo(422);
        assertThat(missing.text())
                .isEqualTo("{\"detail\":\"Member needs a value for 'email': the database does not accept it empty.\"}");
        assertThat(client.get("/api/lenient/").json().get("count").asInt()).isZero();
        created("/api/lenient/", Map.of("name", "Bob", "email", "bob@example.org"));
    }

    @Test
    void putReplacesAndPatchChangesOnlyWhatWasSent() {
        long ursula = author("Ursula");
        long id = created(
                "/api/members/",
                Map.of("name", "Ann", "email", "ann@example.org", "password", "p", "favourite", ursula));
        TestResponse patched = client.patch("/api/members/" + id, "{\"favourite\": null}");
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.json().get("favourite").isNull()).isTrue();
        assertThat(patched.json().get("name").asText()).isEqualTo("Ann");
        assertErrors(
                client.patch("/api/members/" + id, "{\"name\": null}"), "string_type [\"body\",\"payload\",\"name\"]");
        assertErrors(
                client.patch("/api/members/" + id, "{\"name\": \"A\"}"),
                "string_too_short [\"body\",\"payload\",\"name\"]");
        // PUT is a full replacement: the password it leaves out is reset to what a new member has (null)
        TestResponse put = client.put("/api/members/" + id, Map.of("name", "Ann K.", "email", "ann@example.org"));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().get("name").asText()).isEqualTo("Ann K.");
        String reset = db.read(s -> s.find(Member.class, id).orElseThrow().password);
        assertThat(reset).isNull();
        assertErrors(
                client.put("/api/members/" + id, Map.of("name", "Ann")), "missing [\"body\",\"payload\",\"email\"]");
        assertThat(client.put("/api/members/999999", Map.of("name", "Zed", "email", "z@example.org"))
                        .status())
                .isEqualTo(404);
        assertThat(client.delete("/api/members/" + id).status()).isEqualTo(204);
        assertThat(client.delete("/api/members/" + id).status()).isEqualTo(404);
    }

    @Test
    void relationsAreIdsWrittenInOneTransactionAndReadWithoutOneStatementPerRow() {
        long ursula = author("Ursula");
        long sf = created("/api/labels/", Map.of("name", "sf"));
        long classic = created("/api/labels/", Map.of("name", "classic"));
        TestResponse book = client.post(
                "/api/volumes/", Map.of("title", "Earthsea", "author", ursula, "tags", List.of(classic, sf)));
        assertThat(book.status()).as(book.text()).isEqualTo(201);
        long id = book.json().get("id").asLong();
        assertThat(book.json().toString())
                .isEqualTo("{\"id\":" + id + ",\"title\":\"Earthsea\",\"author\":" + ursula + ",\"tags\":["
                        + Math.min(sf, classic) + "," + Math.max(sf, classic) + "]}");
        assertErrors(
                client.post("/api/volumes/", Map.of("title", "X", "author", ursula, "tags", List.of(sf, 999999))),
                "does_not_exist [\"body\",\"payload\",\"tags\",1]");
        assertErrors(client.post("/api/volumes/", Map.of("title", "X")), "missing [\"body\",\"payload\",\"author\"]");
        TestResponse replaced = client.put("/api/volumes/" + id, Map.of("title", "Earthsea", "author", ursula));
        assertThat(replaced.json().get("tags")).isEmpty();
        assertThat(client.patch("/api/volumes/" + id, Map.of("tags", List.of(sf)))
                        .json()
                        .get("tags")
                        .toString())
                .isEqualTo("[" + sf + "]");
        assertThat(client.get("/api/labels/sf").json().get("name").asText()).isEqualTo("sf");
        assertThat(client.get("/api/labels/sf").json().has("version")).isTrue();
        for (int i = 0; i < 30; i++) {
            created("/api/volumes/", Map.of("title", "Book " + i, "author", ursula, "tags", List.of(sf, classic)));
        }
        assertThat(statementsOf("/api/volumes/?limit=2")).isEqualTo(statementsOf("/api/volumes/?limit=30"));
        assertThat(statementsOf("/api/volumes/?limit=30")).isEqualTo(3); // rows, their tags, the count
        assertThat(statementsOf("/api/volumes/" + id)).isEqualTo(2); // the row, its tags
    }

    @Test
    void objectPermissionsAndTheServicesScopeApply() {
        long open = author("Ursula");
        long secret = author("Secret");
        long hidden = db.transaction(s -> {
            Author author = new Author();
            author.name = "Hidden";
            author.email = "hidden@elsewhere.net";
            return s.persist(author).id;
        });
        assertThat(client.get("/api/guarded/" + open).status()).isEqualTo(200);
        assertThat(client.get("/api/guarded/" + secret).status()).isEqualTo(403);
        assertThat(client.patch("/api/guarded/" + secret, Map.of("name", "Exposed"))
                        .status())
                .isEqualTo(403);
        assertThat(client.delete("/api/guarded/" + secret).status()).isEqualTo(403);
        String name = db.read(s -> s.find(Author.class, secret).orElseThrow().name);
        assertThat(name).isEqualTo("Secret");
        // outside the scope: 404, as for an id nobody has, and not counted
        assertThat(client.get("/api/guarded/" + hidden).status()).isEqualTo(404);
        assertThat(client.patch("/api/guarded/" + hidden, Map.of("name", "Seen"))
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/api/guarded/").json().get("count").asInt()).isEqualTo(2);
    }

    private long statementsOf(String path) {
        db.statistics().clear();
        TestResponse response = client.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return db.statistics().getPrepareStatementCount();
    }
}
