package dev.kunai.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file uploaded in a multipart part: its field name, the client's file name, content type and content.
 * Small files are held in memory; larger ones were streamed to a temporary file while the request was read
 * and that file is deleted when the request ends (also when it fails), unless {@link #moveTo} took it.
 * Read the content with {@link #open()} (streaming) or, for small files, {@link #bytes()} / {@link #text()}.
 *
 * <p>A part with an empty file name and no bytes, which a browser sends for a form's file input when no
 * file was chosen, is no file at all: the parameter is absent.
 */
public final class UploadedFile {

    private final String fieldName;
    private final String fileName;
    private final String contentType;
    private final long size;
    private final byte[] bytes;
    private final Path file;

    private UploadedFile(String fieldName, String fileName, String contentType, long size, byte[] bytes, Path file) {
        this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.size = size;
        this.bytes = bytes;
        this.file = file;
    }

    /**
     * An upload held in memory (also handy in tests).
     *
     * @param fieldName   the form field name
     * @param fileName    the client's file name ({@code ""} when it sent none)
     * @param contentType the part's content type
     * @param bytes       the content
     * @return the upload
     */
    public static UploadedFile of(String fieldName, String fileName, String contentType, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new UploadedFile(fieldName, fileName, contentType, bytes.length, bytes.clone(), null);
    }

    /**
     * An upload whose content is in a temporary file owned by the request (the pipeline deletes it when the
     * request ends).
     *
     * @param fieldName   the form field name
     * @param fileName    the client's file name ({@code ""} when it sent none)
     * @param contentType the part's content type
     * @param file        the temporary file
     * @param size        its size in bytes
     * @return the upload
     */
    public static UploadedFile ofTemporaryFile(
            String fieldName, String fileName, String contentType, Path file, long size) {
        return new UploadedFile(fieldName, fileName, contentType, size, null, Objects.requireNonNull(file, "file"));
    }

    /** The form field name. */
    public String fieldName() {
        return fieldName;
    }

    /** The file name the client sent, never null: {@code ""} when it sent none. Do not trust it as a path. */
    public String fileName() {
        return fileName;
    }

    /** The part's content type ({@code application/octet-stream} when the part had none). */
    public String contentType() {
        return contentType;
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** The temporary file holding the content, when it was too large to keep in memory. */
    public Optional<Path> temporaryFile() {
        return Optional.ofNullable(file);
    }

    /**
     * The content as a stream (the caller closes it).
     *
     * @throws UncheckedIOException when the temporary file cannot be read (e.g. it was moved)
     */
    public InputStream open() {
        if (file == null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload of '" + fieldName + "'", e);
        }
    }

    /**
     * The whole content in memory; for large files prefer {@link #open()} or {@link #moveTo}.
     *
     * @throws UncheckedIOException when the temporary file cannot be read
     */
    public byte[] bytes() {
        if (file == null) {
            return bytes.clone();
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload of '" + fieldName + "'", e);
        }
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(file == null ? bytes : bytes(), StandardCharsets.UTF_8);
    }

    /**
     * Moves the content to {@code target} (a rename when the upload is in a temporary file on the same file
     * system, else a copy), so it outlives the request. An existing {@code target} is not replaced.
     *
     * @param target where the content goes
     * @return {@code target}
     * @throws UncheckedIOException when the move fails, e.g. because {@code target} exists
     */
    public Path moveTo(Path target) {
        Objects.requireNonNull(target, "target");
        try {
            if (file == null) {
                Files.write(target, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
            } else {
                Files.move(file, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the upload of '" + fieldName + "' to " + target, e);
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + ", '" + fileName + "', " + contentType + ", " + size + " bytes]";
    }
}
