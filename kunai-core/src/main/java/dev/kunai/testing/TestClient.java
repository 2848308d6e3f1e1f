package dev.kunai.testing;

import dev.kunai.KunaiApi;
import dev.kunai.http.RequestHandler;
import dev.kunai.inject.Container;
import dev.kunai.pipeline.Dispatcher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Django Ninja's {@code TestClient} for Kunai: sends requests through the full pipeline (routing, binding,
 * validation, errors) without a socket. Target a whole API, or a few controllers with the prefix omitted
 * as the tutorial's {@code TestAsyncClient(BookController)} does. {@link #async()} gives the async client.
 */
public final class TestClient {

    private static final ExecutorService VIRTUAL = Executors.newVirtualThreadPerTaskExecutor();

    private final RequestHandler handler;

    private TestClient(RequestHandler handler) {
        this.handler = handler;
    }

    /** A client over any request handler (e.g. an application's dispatcher). */
    public static TestClient of(RequestHandler handler) {
        return new TestClient(handler);
    }

    /** A client over one API, its prefix included in paths. */
    public static TestClient forApi(KunaiApi api, Container container) {
        return new TestClient(
                Dispatcher.builder().mount(api).container(container).build());
    }

    /** A client over the given controllers at the root prefix ({@code client.get("/books/")}). */
    public static TestClient forControllers(Container container, Class<?>... controllers) {
        return forApi(KunaiApi.ofControllers(controllers), container);
    }

    /** Sends a request and returns the response. */
    public TestResponse send(TestRequest request) {
        return TestResponse.of(handler.handle(request));
    }

    /** GET {@code target} (path and optional query). */
    public TestResponse get(String target) {
        return send(TestRequest.of("GET", target));
    }

    /** HEAD {@code target}. */
    public TestResponse head(String target) {
        return send(TestRequest.of("HEAD", target));
    }

    /** POST a JSON body (an object to serialize, or a JSON string sent as is). */
    public TestResponse post(String target, Object json) {
        return send(TestRequest.of("POST", target).json(json));
    }

    /** PUT a JSON body. */
    public TestResponse put(String target, Object json) {
        return send(TestRequest.of("PUT", target).json(json));
    }

    /** PATCH a JSON body. */
    public TestResponse patch(String target, Object json) {
        return send(TestRequest.of("PATCH", target).json(json));
    }

    /** DELETE {@code target}. */
    public TestResponse delete(String target) {
        return send(TestRequest.of("DELETE", target));
    }

    /** The async flavour: the same calls (send, get, head, post, put, patch, delete), each run on its own virtual thread. */
    public Async async() {
        return new Async();
    }

    /** Ninja's {@code TestAsyncClient}: every call returns a {@link CompletableFuture}. */
    public final class Async {
        private Async() {}

        /** Sends a request on a virtual thread. */
        public CompletableFuture<TestResponse> send(TestRequest request) {
            return CompletableFuture.supplyAsync(() -> TestClient.this.send(request), VIRTUAL);
        }

        /** GET on a virtual thread. */
        public CompletableFuture<TestResponse> get(String target) {
            return send(TestRequest.of("GET", target));
        }

        /** POST a JSON body on a virtual thread. */
        public CompletableFuture<TestResponse> post(String target, Object json) {
            return send(TestRequest.of("POST", target).json(json));
        }

        /** PUT a JSON body on a virtual thread. */
        public CompletableFuture<TestResponse> put(String target, Object json) {
            return send(TestRequest.of("PUT", target).json(json));
        }

        /** PATCH a JSON body (an object to serialize, or a JSON string sent as is). */
        public CompletableFuture<TestResponse> patch(String target, Object json) {
            return send(TestRequest.of("PATCH", target).json(json));
        }

        /** HEAD {@code target}. */
        public CompletableFuture<TestResponse> head(String target) {
            return send(TestRequest.of("HEAD", target));
        }

        /** DELETE on a virtual thread. */
        public CompletableFuture<TestResponse> delete(String target) {
            return send(TestRequest.of("DELETE", target));
        }
    }
}
