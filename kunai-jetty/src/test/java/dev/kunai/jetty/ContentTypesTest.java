package dev.kunai.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void aValueIsEncodedOnceAndReused() {
        ContentTypes types = new ContentTypes();

        HttpField json = types.field("application/json");

        assertThat(json).isInstanceOf(PreEncodedHttpField.class);
        assertThat(json.getHeader()).isEqualTo(HttpHeader.CONTENT_TYPE);
        assertThat(json.getValue()).isEqualTo("application/json");
        assertThat(types.field("application/json")).isSameAs(json);
    }

    @Test
    void valuesBeyondTheLimitAreWrittenAsPlainFields() {
        ContentTypes types = new ContentTypes();
        for (int i = 0; i < ContentTypes.LIMIT; i++) {
            assertThat(types.field("multipart/form-data; boundary=b" + i)).isInstanceOf(PreEncodedHttpField.class);
        }

        HttpField beyond = types.field("multipart/form-data; boundary=late");

        assertThat(beyond).isNotInstanceOf(PreEncodedHttpField.class);
        assertThat(beyond.getHeader()).isEqualTo(HttpHeader.CONTENT_TYPE);
        assertThat(beyond.getValue()).isEqualTo("multipart/form-data; boundary=late");
        assertThat(types.field("multipart/form-data; boundary=late")).isNotSameAs(beyond);
        assertThat(types.field("multipart/form-data; boundary=b0")).isInstanceOf(PreEncodedHttpField.class);
    }
}
