package dev.kunai.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void parsesNinjaRatesWithAndWithoutMultiplier() {
        assertThat(Rate.parse("10/s")).isEqualTo(new Rate(10, Duration.ofSeconds(1)));
        assertThat(Rate.parse("100/m")).isEqualTo(new Rate(100, Duration.ofMinutes(1)));
        assertThat(Rate.parse("100/5m")).isEqualTo(new Rate(100, Duration.ofMinutes(5)));
        assertThat(Rate.parse("1000/hour")).isEqualTo(new Rate(1000, Duration.ofHours(1)));
        assertThat(Rate.parse("5000/day")).isEqualTo(new Rate(5000, Duration.ofDays(1)));
        assertThat(Rate.parse(" 3 / 2D ")).isEqualTo(new Rate(3, Duration.ofDays(2)));
    }

    @Test
    void printsTheCanonicalTextThatParsesBack() {
        for (String text : new String[] {"10/s", "100/m", "100/5m", "7/90s", "1000/h", "5000/d", "1/2d"}) {
            assertThat(Rate.parse(text).toString()).isEqualTo(text);
            assertThat(Rate.parse(Rate.parse(text).toString())).isEqualTo(Rate.parse(text));
        }
    }

    @Test
    void rejectsMalformedRatesNamingTheText() {
        for (String text : new String[] {"", "10", "10/", "/s", "ten/s", "10/w", "10/0m", "0/s", "-1/s"}) {
            assertThatThrownBy(() -> Rate.parse(text))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + text + "'");
        }
        assertThatThrownBy(() -> new Rate(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
