package dev.kunai.data.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.validation.RequestValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whitelist keeps the order it was declared in: the 422 for an unknown field reads the same every run. */
class OrderingTest {

    private static final String[] FIELDS = {"title", "id", "published", "pages", "rating", "isbn", "author", "year"};

    @Test
    void allowedFieldsKeepTheirDeclaredOrder() {
        Ordering ordering = Ordering.fields(FIELDS).byDefault("-title");
        assertThat(ordering.allowed()).containsExactly(FIELDS);
        assertThatThrownBy(() -> ordering.orders(Optional.of("nope")))
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.errors().get(0).msg())
                                .endsWith("allowed: " + String.join(", ", List.of(FIELDS))));
    }
}
