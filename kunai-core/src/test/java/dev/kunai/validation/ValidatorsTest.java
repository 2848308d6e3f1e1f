package dev.kunai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    record Tag(@NotBlank String name) {}

    record Book(@Size(min = 2) String title, List<@Valid Tag> tags) {}

    @Test
    void requestValuesAreNeverAskedWhetherTheyAreLoaded() {
        // not Hibernate Validator's JPATraversableResolver, which Jakarta Persistence on the class path would install
        assertThat(Validators.factory().getTraversableResolver()).isInstanceOf(Validators.EverythingReachable.class);
    }

    @Test
    void nestedValuesAreStillValidated() {
        Set<ConstraintViolation<Book>> violations =
                Validators.validator().validate(new Book("x", List.of(new Tag("ok"), new Tag(" "))));
        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("title", "tags[1].name");
    }
}
