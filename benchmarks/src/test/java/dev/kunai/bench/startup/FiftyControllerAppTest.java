package dev.kunai.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.app.KunaiApp;
import dev.kunai.bench.startup.controllers.GeneratedControllers;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.http.HttpResponse;
import dev.kunai.json.Json;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.testing.TestRequest;
import java.util.Iterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 50-controller start-up app serves hello, its generated controllers and their 200 documented operations. */
class FiftyControllerAppTest {

    private static Db db;
    private static Dispatcher dispatcher;

    @BeforeAll
    static void start() {
        KunaiApp app = FiftyControllerApp.app(Database.of("h2:mem:fifty-controllers"));
        db = app.openDb().orElseThrow();
        dispatcher = app.dispatcher(db);
    }

    @AfterAll
    static void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void fiftyControllersAreGenerated() {
        assertThat(GeneratedControllers.ALL).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void helloAnswersAsInTheKunaiTarget() {
        HttpResponse response = dispatcher.handle(TestRequest.of("GET", "/api/hello"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Hello, world!\"}");
    }

    @Test
    void aGeneratedControllerCreatesValidatesAndReads() {
        HttpResponse created = dispatcher.handle(
                TestRequest.of("POST", "/api/v2/r37/items").json("{\"name\": \"bolt\", \"quantity\": 3}"));
        HttpResponse invalid = dispatcher.handle(
                TestRequest.of("POST", "/api/v2/r37/items").json("{\"name\": \"\", \"quantity\": -1}"));
        HttpResponse read = dispatcher.handle(TestRequest.of("GET", "/api/v2/r37/items/1"));
        HttpResponse tooLarge = dispatcher.handle(TestRequest.of("GET", "/api/v2/r37/items?limit=101"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.bodyText()).isEqualTo("{\"id\":1,\"name\":\"bolt\",\"quantity\":3}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(read.bodyText()).isEqualTo(created.bodyText());
        assertThat(tooLarge.status()).isEqualTo(422);
    }

    @Test
    void theOpenApiDocumentHasTheTwoHundredOperations() throws Exception {
        HttpResponse document = dispatcher.handle(TestRequest.of("GET", "/api/v2/openapi.json"));

        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = Json.mapper().readTree(document.body()).get("paths");
        int operations = 0;
        for (Iterator<JsonNode> path = paths.elements(); path.hasNext(); ) {
            operations += path.next().size();
        }
        assertThat(operations).isEqualTo(200);
    }
}
