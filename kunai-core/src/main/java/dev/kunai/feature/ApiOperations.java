package dev.kunai.feature;

import dev.kunai.KunaiApi;
import dev.kunai.operation.Operation;
import java.util.List;

/**
 * Operations a feature defines in code for each mounted API (e.g. the generated operations of an admin site),
 * built at start-up from the API. They are the API's operations like those it registers itself: paths relative
 * to its prefix, its security default, stages, exception handlers and OpenAPI document.
 */
@FunctionalInterface
public interface ApiOperations {

    /** The operations to add to {@code api}; may be empty. */
    List<Operation> operations(KunaiApi api);
}
