package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.http.HttpError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlCodecTest {

    @Test
    void parsesRepeatedAndValuelessPairsInOrder() {
        Map<String, List<String>> pairs = UrlCodec.parsePairs("a=1&b=x+y&a=%33&&flag&c=", 10, "query");
        assertThat(pairs.keySet()).containsExactly("a", "b", "flag", "c");
        assertThat(pairs.get("a")).containsExactly("1", "3");
        assertThat(pairs.get("b")).containsExactly("x y");
        assertThat(pairs.get("flag")).containsExactly("");
        assertThat(UrlCodec.parsePairs("", 10, "query")).isEmpty();
    }

    @Test
    void onlyTheFirstEqualsSplitsAndEncodedSeparatorsStayData() {
        Map<String, List<String>> pairs = UrlCodec.parsePairs("a=b=c&=anonymous&k%3D=v%26w&", 10, "query");
        assertThat(pairs.keySet()).containsExactly("a", "", "k=");
        assertThat(pairs.get("a")).containsExactly("b=c");
        assertThat(pairs.get("")).containsExactly("anonymous");
        assertThat(pairs.get("k=")).containsExactly("v&w");
    }

    @Test
    void emptyPairsDoNotCountTowardsTheLimit() {
        assertThat(UrlCodec.parsePairs("&&a=1&&&b=2&", 2, "query")).containsOnlyKeys("a", "b");
    }

    @Test
    void tooManyPairsOrABadEscapeIsA400() {
        assertThatThrownBy(() -> UrlCodec.parsePairs("a=1&b=2&c=3", 2, "query"))
                .isInstanceOfSatisfying(HttpError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).isEqualTo("Too many query parameters (limit 2)");
                });
        assertThatThrownBy(() -> UrlCodec.parsePairs("a=%E9", 10, "form"))
                .isInstanceOfSatisfying(
                        HttpError.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
