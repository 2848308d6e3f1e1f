package dev.kunai.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A window's bounds: zero rows is a window (a count-only page), a negative limit is a programming error. */
class ReadSpecBuilderTest {

    @Test
    void aLimitOfZeroIsAWindowANegativeOneIsNot() {
        assertThat(ReadSpec.builder().limit(0).build().limit()).isZero();
        assertThat(ReadSpec.all().limit()).isEqualTo(ReadSpec.UNLIMITED);
        assertThatThrownBy(() -> ReadSpec.builder().limit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be >= 0, was -1");
    }
}
