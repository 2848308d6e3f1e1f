package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import dev.kunai.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.core.ParameterParser;

/**
 * Parses {@code multipart/form-data} with Commons FileUpload's streaming parser, enforcing Kunai's limits.
 * File parts go through Commons FileUpload's {@link DiskFileItem}: below {@link #MEMORY_THRESHOLD} bytes they stay
 * in memory, larger ones stream to a temporary file in {@code java.io.tmpdir}, so memory stays flat whatever
 * {@link Limits#maxFileBytes()} allows. Text fields stay in memory and are capped by
 * {@link Limits#maxBodyBytes()}. If parsing fails, the temporary files written so far are deleted at once;
 * otherwise {@link Exchange} deletes them when the request ends.
 */
final class Multipart {

    /** Files smaller than this (64 KiB) are kept in memory; the others go to a temporary file. */
    static final int MEMORY_THRESHOLD = 64 * 1024;

    /** The longest boundary RFC 2046 allows (section 5.1.1). */
    static final int MAX_BOUNDARY_LENGTH = 70;

    /**
     * The largest header block of one part (8 KiB): Commons FileUpload's default of 512 bytes refused a file
     * name of 200 CJK characters, which browsers send as raw UTF-8.
     */
    static final int MAX_PART_HEADER_BYTES = 8 * 1024;

    /** An RFC 5987 {@code filename*} parameter, whose value is a token (no quotes, no separators). */
    private static final Pattern EXTENDED_FILE_NAME =
            Pattern.compile("(?:^|;)\\s*filename\\*\\s*=\\s*([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private static final DiskFileItemFactory TEMPORARY_FILES = factory(Path.of(System.getProperty("java.io.tmpdir")));

    private Multipart() {}

    static Exchange.FormData parse(InputStream body, String contentType, long contentLength, Limits limits) {
        return parse(body, contentType, contentLength, limits, TEMPORARY_FILES);
    }

    static DiskFileItemFactory factory(Path directory) {
        return DiskFileItemFactory.builder()
                .setPath(directory)
                .setThreshold(MEMORY_THRESHOLD)
                .get();
    }

    static Exchange.FormData parse(
            InputStream body, String contentType, long contentLength, Limits limits, DiskFileItemFactory files) {
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
        if (boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new HttpError(400, "Multipart boundary longer than " + MAX_BOUNDARY_LENGTH + " characters");
        }
        Parts parts = new Parts();
        try {
            BoundedInputStream bounded = new BoundedInputStream(body, limits.maxMultipartBytes());
            MultipartInput input = MultipartInput.builder()
                    .setInputStream(bounded)
                    .setBoundary(boundary.getBytes(StandardCharsets.ISO_8859_1))
                    .setMaxPartHeaderSize(MAX_PART_HEADER_BYTES)
                    .get();
            input.setHeaderCharset(StandardCharsets.UTF_8);
            boolean next = input.skipPreamble();
            if (!next && bounded.count > 0) {
                // skipPreamble() answers false, not an error, when the boundary never comes: a body that is
                // not empty must hold at least one part (RFC 2046), else its fields would silently be missing.
                throw new HttpError(400, "Malformed multipart body: no part delimited by the boundary");
            }
            int count = 0;
            while (next) {
                if (++count > limits.maxFormFields()) {
                    throw new HttpError(413, "Too many multipart parts (limit " + limits.maxFormFields() + ")");
                }
                readPart(input, parser, limits, files, parts);
                next = input.readBoundary();
            }
        } catch (HttpError e) {
            parts.deleteFiles();
            throw e;
        } catch (IOException | RuntimeException e) {
            parts.deleteFiles();
            if (e.getCause() instanceof HttpError error) {
                throw error;
            }
            throw new HttpError(400, "Malformed multipart body");
        }
        return new Exchange.FormData(parts.fields, parts.files);
    }

    private static void readPart(
            MultipartInput input, ParameterParser parser, Limits limits, DiskFileItemFactory files, Parts parts)
            throws IOException {
        Map<String, String> headers;
        try {
            headers = parseHeaders(input.readHeaders());
        } catch (FileUploadSizeException e) {
            throw new HttpError(413, "Multipart part headers too large (limit " + MAX_PART_HEADER_BYTES + " bytes)");
        }
        String rawDisposition = headers.getOrDefault("content-disposition", "");
        Map<String, String> disposition = parser.parse(rawDisposition, ';');
        preferExtendedFileName(rawDisposition, parser, disposition);
        String name = disposition.get("name");
        if (!disposition.containsKey("filename")) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            input.readBodyData(new LimitedOutput(data, limits.maxBodyBytes(), "Form field"));
            if (name != null) {
                parts.fields.computeIfAbsent(name, k -> new ArrayList<>(1)).add(data.toString(StandardCharsets.UTF_8));
            }
            return;
        }
        String fileName = Objects.requireNonNullElse(disposition.get("filename"), "");
        String type = headers.getOrDefault("content-type", "application/octet-stream");
        DiskFileItem item = files.fileItemBuilder()
                .setFieldName(name == null ? "" : name)
                .setFileName(fileName)
                .setContentType(type)
                .setFormField(false)
                .get();
        parts.items.add(item);
        try (OutputStream out = new LimitedOutput(item.getOutputStream(), limits.maxFileBytes(), "Uploaded file")) {
            input.readBodyData(out);
        }
        if (name == null || (fileName.isEmpty() && item.getSize() == 0)) {
            item.delete(); // no field to bind, or a form's file input with no file chosen: no file
            return;
        }
        UploadedFile file = item.isInMemory()
                ? UploadedFile.of(name, fileName, type, item.get())
                : UploadedFile.ofTemporaryFile(name, fileName, type, item.getPath(), item.getSize());
        parts.files.computeIfAbsent(name, k -> new ArrayList<>(1)).add(file);
    }

    /**
     * RFC 6266 section 4.3: when both {@code filename} and {@code filename*} are sent, {@code filename*} wins
     * whatever the order (the parser keeps the last one of the two, as it strips the {@code *}).
     */
    private static void preferExtendedFileName(String raw, ParameterParser parser, Map<String, String> disposition) {
        Matcher extended = EXTENDED_FILE_NAME.matcher(raw);
        if (extended.find()) {
            String decoded = parser.parse("filename*=" + extended.group(1), ';').get("filename");
            if (decoded != null) {
                disposition.put("filename", decoded);
            }
        }
    }

    /** What the parts parsed so far hold. */
    private static final class Parts {
        final Map<String, List<String>> fields = new LinkedHashMap<>();
        final Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        final List<DiskFileItem> items = new ArrayList<>();

        void deleteFiles() {
            for (DiskFileItem item : items) {
                try {
                    item.delete();
                } catch (IOException | RuntimeException e) {
                    Exchange.LOG.warn("Could not delete the temporary upload file {}", item.getPath(), e);
                }
            }
        }
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
        long count;

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
        private final OutputStream out;
        private final long limit;
        private final String what;
        private long count;

        LimitedOutput(OutputStream out, long limit, String what) {
            this.out = out;
            this.limit = limit;
            this.what = what;
        }

        @Override
        public void close() throws IOException {
            out.close();
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
            count += more;
            if (count > limit) {
                throw new IOException(new HttpError(413, what + " too large (limit " + limit + " bytes)"));
            }
        }
    }
}
