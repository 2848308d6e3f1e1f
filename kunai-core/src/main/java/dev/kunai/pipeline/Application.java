package dev.kunai.pipeline;

import dev.kunai.KunaiApi;
import dev.kunai.feature.Feature;
import java.util.Objects;

/**
 * Something that knows how to assemble a whole application's pipeline — its APIs, features, exception
 * handlers, limits and bindings — so that the server, {@code TestClient} and {@code @KunaiTest(app = ...)} all
 * build the same one. {@code KunaiApp} is the usual implementation; a test passes its own {@code overrides}
 * (e.g. the test database) and gets the application exactly as it runs, plus those.
 */
@FunctionalInterface
public interface Application {

    /**
     * Builds the pipeline, installing {@code overrides} after the application's own registrations. The caller
     * owns the returned dispatcher and {@linkplain Dispatcher#close() closes} it when done (it may hold resources
     * the application made for it).
     */
    Dispatcher dispatcher(Feature overrides);

    /** An application serving only {@code controllers} at the root prefix, without docs (the tutorial's tests). */
    static Application ofControllers(Class<?>... controllers) {
        KunaiApi api = KunaiApi.ofControllers(controllers);
        return overrides -> Dispatcher.builder()
                .mount(api)
                .feature(Objects.requireNonNull(overrides, "overrides"))
                .build();
    }
}
