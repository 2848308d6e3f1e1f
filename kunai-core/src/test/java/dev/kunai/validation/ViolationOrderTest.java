package dev.kunai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator's set has no order; a 422 lists a record's errors in component order whatever order it had. */
class ViolationOrderTest {

    record Inner(@NotBlank String name) {}

    record Window(
            Optional<@Min(1) Integer> limit,
            Optional<@Min(0) Long> offset,
            @Max(3) int depth,
            @Valid Inner inner) {

        @AssertTrue(message = "depth must not exceed the limit")
        public boolean isWithinLimit() {
            return limit.orElse(1) >= depth;
        }
    }

    private static final List<String> COMPONENTS = List.of("limit", "offset", "depth", "inner");

    @Test
    void componentsComeInDeclarationOrderGettersLastNestedLeftOut() {
        Set<ConstraintViolation<Window>> violations =
                Validators.validator().validate(new Window(Optional.of(0), Optional.of(-1L), 4, new Inner(" ")));
        assertThat(violations).hasSize(5); // limit, offset, depth, the getter, inner.name

        for (Comparator<ConstraintViolation<Window>> arrival : List.of(byPath(), byPath().reversed())) {
            List<ConstraintViolation<Window>> arrived = new ArrayList<>(violations);
            arrived.sort(arrival);
            List<String> paths = ViolationOrder.own(new LinkedHashSet<>(arrived), COMPONENTS).stream()
                    .map(v -> v.getPropertyPath().toString())
                    .toList();
            assertThat(paths).as("arrived as %s", arrived).containsExactly("limit", "offset", "depth", "withinLimit");
        }
    }

    private static Comparator<ConstraintViolation<Window>> byPath() {
        return Comparator.comparing(v -> v.getPropertyPath().toString());
    }
}
