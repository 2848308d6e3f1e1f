package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import dev.kunai.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.core.ParameterParser;

/** Parses {@code multipart/form-data} with Commons FileUpload's streaming parser, enforcing Kunai's limits. */
final class Multipart {

    private Multipart() {}

    static Exchange.FormData parse(InputStream body, String contentType, long contentLength, Limits limits) {
        if (contentLength > limits.maxMultipartBytes()) {
            throw Exchange.tooLarge(limits.maxMultipartBytes());
        }
        ParameterParser parser = new ParameterParser();
        parser.setLowerCaseNames(true);
        Map<String, String> params = parser.parse(contentType, new char[] {';', ','});
        String boundary = params.get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new HttpError(400, "Multipart request without a boundary");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        try {
            MultipartInput input = MultipartInput.builder()
                    .setInputStream(new BoundedInputStream(body, limits.maxMultipartBytes()))
                    .setBoundary(boundary.getBytes(StandardCharsets.ISO_8859_1))
                    .get();
            boolean next = input.skipPreamble();
            int parts = 0;
            while (next) {
                if (++parts > limits.maxFormFields()) {
                    throw new HttpError(413, "Too many multipart parts (limit " + limits.maxFormFields() + ")");
                }
                Map<String, String> headers = parseHeaders(input.readHeaders());
                Map<String, String> disposition = parser.parse(headers.getOrDefault("content-disposition", ""), ';');
                String name = disposition.get("name");
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                input.readBodyData(new LimitedOutput(data, limits.maxFileBytes()));
                if (name != null) {
                    if (disposition.containsKey("filename")) {
                        String type = headers.getOrDefault("content-type", "application/octet-stream");
                        files.computeIfAbsent(name, k -> new ArrayList<>(1))
                                .add(new UploadedFile(name, disposition.get("filename"), type, data.toByteArray()));
                    } else {
                        fields.computeIfAbsent(name, k -> new ArrayList<>(1))
                                .add(data.toString(StandardCharsets.UTF_8));
                    }
                }
                next = input.readBoundary();
            }
        } catch (HttpError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof HttpError error) {
                throw error;
            }
            throw new HttpError(400, "Malformed multipart body");
        }
        return new Exchange.FormData(fields, files);
    }

    private static Map<String, String> parseHeaders(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    /** Fails with 413 once more than {@code limit} bytes were read. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private final long limit;
        private long count;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++count > limit) {
                throw new IOException(Exchange.tooLarge(limit));
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0 && (count += n) > limit) {
                throw new IOException(Exchange.tooLarge(limit));
            }
            return n;
        }
    }

    /** Fails with 413 once a part exceeds {@code limit} bytes. */
    private static final class LimitedOutput extends OutputStream {
        private final ByteArrayOutputStream out;
        private final long limit;

        LimitedOutput(ByteArrayOutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int more) throws IOException {
            if (out.size() + (long) more > limit) {
                throw new IOException(new HttpError(413, "Uploaded file too large (limit " + limit + " bytes)"));
            }
        }
    }
}
