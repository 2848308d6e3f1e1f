package dev.kunai.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kunai.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Checks that an error response body is Kunai's error format and leaks nothing internal. */
public final class ErrorBodies {

    /** Internal names and stack-trace shapes that must never reach a client. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("), // a stack frame
            Pattern.compile("\\b(java|javax|jakarta|sun|jdk)\\.[a-z]+\\.[A-Za-z]"),
            Pattern.compile(
                    "\\b(org|com|io|net|dev)\\.(eclipse|hibernate|h2|postgresql|fasterxml|zaxxer|kunai|apache|google)\\."),
            Pattern.compile("[A-Za-z]+(Exception|Error)\\b"),
            Pattern.compile("\\$Proxy|\\$\\$Lambda|SQLState|ORA-|PSQL"));

    private ErrorBodies() {}

    /** Fails unless {@code body} is {@code {"detail": "..."}} or a list of validation errors, with no leak. */
    public static JsonNode assertKunaiError(int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(status).as("status of %s", text).isBetween(400, 599);
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Error body (" + status + ") is not JSON: " + text, e);
        }
        assertThat(json != null && json.isObject())
                .as("error body is a JSON object: %s", text)
                .isTrue();
        JsonNode detail = json.get("detail");
        assertThat(detail).as("error body has detail: %s", text).isNotNull();
        if (detail.isArray()) {
            assertThat(status).as("a list of errors is a 422: %s", text).isEqualTo(422);
            assertThat(detail).as("validation errors: %s", text).isNotEmpty();
            for (JsonNode error : detail) {
                assertThat(error.path("type").isTextual())
                        .as("type in %s", text)
                        .isTrue();
                assertThat(error.path("loc").isArray()).as("loc in %s", text).isTrue();
                assertThat(error.path("msg").isTextual()).as("msg in %s", text).isTrue();
            }
        } else {
            assertThat(detail.isTextual()).as("detail is text: %s", text).isTrue();
            assertThat(detail.asText()).as("detail is not blank").isNotBlank();
        }
        assertNoLeak(text);
        return json;
    }

    /** Fails if {@code text} shows a stack trace or an internal class or package name. */
    public static void assertNoLeak(String text) {
        for (Pattern leak : LEAKS) {
            assertThat(leak.matcher(text).find())
                    .as("body leaks internals (%s): %s", leak, text)
                    .isFalse();
        }
    }
}
