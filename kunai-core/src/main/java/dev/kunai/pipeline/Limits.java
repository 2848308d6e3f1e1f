package dev.kunai.pipeline;

/**
 * The request limits Kunai's pipeline enforces (the server adapter enforces header size and timeouts).
 * Crossing one is a 4xx with a JSON body, never a 500.
 *
 * @param maxBodyBytes      largest request body, else 413 (default 1 MiB)
 * @param maxQueryParams    most query parameters, else 400 (default 256)
 * @param maxFormFields     most form fields / multipart parts, else 413 (default 256)
 * @param maxFileBytes      largest uploaded file, else 413 (default 10 MiB; bounded by maxMultipartBytes)
 * @param maxMultipartBytes largest multipart body, else 413 (default 20 MiB)
 */
public record Limits(
        long maxBodyBytes, int maxQueryParams, int maxFormFields, long maxFileBytes, long maxMultipartBytes) {

    /** The defaults. */
    public static Limits defaults() {
        return new Limits(1024 * 1024, 256, 256, 10L * 1024 * 1024, 20L * 1024 * 1024);
    }

    /** A copy with another body limit. */
    public Limits withMaxBodyBytes(long value) {
        return new Limits(value, maxQueryParams, maxFormFields, maxFileBytes, maxMultipartBytes);
    }

    /** A copy with another query parameter limit. */
    public Limits withMaxQueryParams(int value) {
        return new Limits(maxBodyBytes, value, maxFormFields, maxFileBytes, maxMultipartBytes);
    }

    /** A copy with other multipart limits. */
    public Limits withMultipart(int maxFields, long maxFile, long maxTotal) {
        return new Limits(maxBodyBytes, maxQueryParams, maxFields, maxFile, maxTotal);
    }
}
