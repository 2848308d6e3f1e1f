package dev.kunai.pagination;

import dev.kunai.validation.RequestValidationException;
import dev.kunai.validation.ValidationError;
import java.util.List;

/** Page-size checks shared by the paginators: a default and a maximum, reported as 422 like a bound parameter. */
final class Limits {

    private Limits() {}

    /** Checks a paginator's configuration: 1 ≤ default ≤ max. */
    static void check(int defaultSize, int maxSize) {
        if (defaultSize < 1 || maxSize < defaultSize) {
            throw new IllegalArgumentException(
                    "page sizes need 1 <= default <= max; got default " + defaultSize + ", max " + maxSize);
        }
    }

    /** {@code requested} (or the default), or a 422 naming query parameter {@code name} when above {@code max}. */
    static int size(java.util.Optional<Integer> requested, int defaultSize, int max, String name) {
        int size = requested.orElse(defaultSize);
        if (size > max) {
            throw new RequestValidationException(List.of(new ValidationError(
                    "less_than_equal", List.of("query", name), "Input should be less than or equal to " + max)));
        }
        return size;
    }
}
