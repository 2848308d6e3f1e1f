package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import java.util.Locale;
import java.util.Optional;

/**
 * The request media types Kunai accepts (RFC 9110 §8.3), checked before any byte of the body is parsed:
 * a JSON body needs {@code application/json} or {@code application/*+json}; form fields and files need
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}. Parameters such as
 * {@code charset} are allowed; type and subtype are compared case-insensitively. Anything else is 415.
 *
 * <p>A request without {@code Content-Type} is accepted only when its body is empty (the body is then
 * absent). Browsers send {@code text/plain}, urlencoded and multipart bodies cross-site without a CORS
 * preflight, and a body without a type too; refusing them for JSON operations keeps those operations out
 * of reach of cross-site request forgery.
 */
final class MediaTypes {

    /** What a JSON operation says when the type is wrong. */
    static final String JSON_EXPECTED = "Unsupported Media Type: send the JSON body as application/json";

    /** What a form operation says when the type is wrong. */
    static final String FORM_EXPECTED =
            "Unsupported Media Type: send form fields as application/x-www-form-urlencoded or multipart/form-data";

    private MediaTypes() {}

    /** The lower-case {@code type/subtype} of a {@code Content-Type} value, without parameters. */
    static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        String essence = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return essence.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code application/json} or {@code application/<anything>+json}. */
    static boolean isJson(String essence) {
        return essence.equals("application/json")
                || (essence.startsWith("application/") && essence.endsWith("+json") && essence.length() > 17);
    }

    /** {@code multipart/form-data}. */
    static boolean isMultipart(String essence) {
        return essence.equals("multipart/form-data");
    }

    /** {@code application/x-www-form-urlencoded}. */
    static boolean isUrlencoded(String essence) {
        return essence.equals("application/x-www-form-urlencoded");
    }

    /**
     * Refuses a present but unsupported JSON content type.
     *
     * @return whether a content type was present (when absent, the body must be empty)
     */
    static boolean requireJson(Optional<String> contentType) {
        if (contentType.isPresent() && !isJson(essence(contentType.get()))) {
            throw unsupported(JSON_EXPECTED);
        }
        return contentType.isPresent();
    }

    /** The 415 error with {@code detail}. */
    static HttpError unsupported(String detail) {
        return new HttpError(415, detail);
    }
}
