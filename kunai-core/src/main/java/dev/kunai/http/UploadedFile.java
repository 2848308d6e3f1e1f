package dev.kunai.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file uploaded in a multipart part: its field name, the client's file name, content type and bytes.
 *
 * @param fieldName   the form field name
 * @param fileName    the file name the client sent (may be empty)
 * @param contentType the part's content type ({@code application/octet-stream} when absent)
 * @param bytes       the content
 */
public record UploadedFile(String fieldName, String fileName, String contentType, byte[] bytes) {

    /** The size in bytes. */
    public long size() {
        return bytes.length;
    }

    /** The content as a stream. */
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
