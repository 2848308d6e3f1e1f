package dev.kunai.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Query, path, header and form values converted to integral types: their bounds and one beyond. */
class TextConvertersTest {

    private static Object convert(Class<?> type, String text) throws ConversionException {
        return TextConverters.forType(type).orElseThrow().convert(text);
    }

    @Test
    void integralValuesTakeTheirBounds() throws ConversionException {
        assertThat(convert(int.class, "2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(convert(int.class, "-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(convert(short.class, "32767")).isEqualTo(Short.MAX_VALUE);
        assertThat(convert(byte.class, "-128")).isEqualTo(Byte.MIN_VALUE);
    }

    @Test
    void oneBeyondABoundIsASizeError() {
        for (String text : new String[] {"2147483648", "-2147483649"}) {
            assertThatThrownBy(() -> convert(int.class, text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            ConversionException.class, e -> assertThat(e.type()).isEqualTo("int_parsing_size"));
        }
    }
}
