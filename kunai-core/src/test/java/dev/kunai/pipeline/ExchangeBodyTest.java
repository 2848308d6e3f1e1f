package dev.kunai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.http.ForwardingHttpRequest;
import dev.kunai.http.HttpRequest;
import dev.kunai.testing.TestRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How {@link Exchange} reads a request body: sized by the declared length, not by the body limit. */
class ExchangeBodyTest {

    @Test
    void aDeclaredLengthIsReadIntoABufferOfThatSize() {
        String json = "{\"title\": \"Dune\", \"tags\": [\"sci-fi\", \"classic\"]}";
        RecordingRequest request =
                new RecordingRequest(TestRequest.of("POST", "/books").json(json));

        byte[] body = new Exchange(request, Limits.defaults(), new String[0], new String[0]).body();

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(json);
        // Reading up to the limit (1 MiB by default) made InputStream.readNBytes ask for, and zero, 16 KB first.
        assertThat(request.largestRead).isLessThanOrEqualTo(json.length());
    }

    /** A request whose body stream records the largest read it was asked for. */
    private static final class RecordingRequest extends ForwardingHttpRequest {
        int largestRead;

        RecordingRequest(HttpRequest delegate) {
            super(delegate);
        }

        @Override
        public InputStream body() {
            return new FilterInputStream(super.body()) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    largestRead = Math.max(largestRead, len);
                    return super.read(b, off, len);
                }
            };
        }
    }
}
