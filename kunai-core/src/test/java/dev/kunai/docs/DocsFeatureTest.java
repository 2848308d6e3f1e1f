package dev.kunai.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import org.junit.jupiter.api.Test;

/** {@link DocsFeature}: on by default, once when registered explicitly, off with {@code withoutDocs()}. */
class DocsFeatureTest {

    @Controller("hello")
    public static class Hello {
        @Get("")
        public String hello() {
            return "hi";
        }
    }

    private static final KunaiApi API =
            KunaiApi.builder().prefix("/api").controllers(Hello.class).build();

    @Test
    void everyDispatcherServesTheDocsByDefault() {
        TestClient client = TestClient.of(Dispatcher.builder().mount(API).build());
        assertThat(client.get("/api/openapi.json")
                        .json()
                        .at("/paths/~1api~1hello~1/get")
                        .isObject())
                .isTrue();
        assertThat(client.get("/api/docs").status()).isEqualTo(200);
    }

    @Test
    void registeringTheFeatureExplicitlyAddsItsRoutesOnce() {
        // the router rejects a second route with the same method and path, so building proves it is added once
        TestClient client = TestClient.of(
                Dispatcher.builder().mount(API).feature(DocsFeature.create()).build());
        assertThat(client.get("/api/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void withoutDocsServesNeither() {
        TestClient client =
                TestClient.of(Dispatcher.builder().mount(API).withoutDocs().build());
        assertThat(client.get("/api/openapi.json").status()).isEqualTo(404);
        assertThat(client.get("/api/docs").status()).isEqualTo(404);
        assertThat(client.get("/api/hello/").status()).isEqualTo(200);
    }
}
