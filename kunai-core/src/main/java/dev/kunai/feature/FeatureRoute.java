package dev.kunai.feature;

import dev.kunai.http.HttpMethod;
import dev.kunai.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A route a feature adds besides the APIs' operations (docs pages, an admin site, a health check).
 *
 * @param method  the HTTP method
 * @param path    the path template ({@code /health}, {@code /docs/{file:path}}): absolute for
 *                {@link FeatureSetup#route}, relative to the API prefix for {@link ApiRoutes}
 * @param handler the handler
 * @param stages  stages run before the handler, in this order (e.g. an auth stage)
 */
public record FeatureRoute(HttpMethod method, String path, RouteHandler handler, List<Stage> stages) {

    /** Validates and freezes the components. */
    public FeatureRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        stages = List.copyOf(stages);
    }

    /** A route without stages. */
    public static FeatureRoute of(HttpMethod method, String path, RouteHandler handler) {
        return new FeatureRoute(method, path, handler, List.of());
    }

    /** A copy that runs {@code stage} before the handler (after the stages already present). */
    public FeatureRoute withStage(Stage stage) {
        List<Stage> all = new ArrayList<>(stages);
        all.add(Objects.requireNonNull(stage, "stage"));
        return new FeatureRoute(method, path, handler, all);
    }
}
