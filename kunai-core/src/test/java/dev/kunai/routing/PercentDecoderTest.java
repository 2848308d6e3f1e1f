package dev.kunai.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentDecoderTest {

    @Test
    void decodesUtf8EscapesInEitherCase() {
        assertThat(PercentDecoder.decode("caf%C3%A9", false)).isEqualTo("café");
        assertThat(PercentDecoder.decode("caf%c3%a9", false)).isEqualTo("café");
        assertThat(PercentDecoder.decode("a%2Fb", false)).isEqualTo("a/b");
        assertThat(PercentDecoder.decode("%F0%9F%98%80", false)).isEqualTo("😀");
        assertThat(PercentDecoder.decode("café", false)).isEqualTo("café");
    }

    @Test
    void plusIsASpaceOnlyInFormsAndQueries() {
        assertThat(PercentDecoder.decode("a+b%2B", true)).isEqualTo("a b+");
        assertThat(PercentDecoder.decode("a+b", false)).isEqualTo("a+b");
        assertThat(PercentDecoder.decode("+b", true)).isEqualTo(" b");
    }

    @Test
    void refusesMalformedEscapesAndInvalidUtf8() {
        for (String bad : new String[] {"%", "%4", "a%G1", "%zz", "%C3", "%C3%28", "%FF", "%ED%A0%80"}) {
            assertThatThrownBy(() -> PercentDecoder.decode(bad, false))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void requestPathSplitsAndDecodesEachSegmentOnce() {
        RequestPath path = RequestPath.parse("/a/caf%C3%A9/x%2Fy/");
        assertThat(path.size()).isEqualTo(4);
        assertThat(path.segment(1)).isEqualTo("café");
        assertThat(path.segment(2)).isEqualTo("x/y");
        assertThat(path.segment(3)).isEmpty();
        assertThat(path.rest(1)).isEqualTo("café/x/y/");
        assertThat(RequestPath.parse("/").size()).isEqualTo(1);
    }
}
