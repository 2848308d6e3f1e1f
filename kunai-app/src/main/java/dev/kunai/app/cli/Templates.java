package dev.kunai.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project and app templates: plain-text resources under {@code dev/kunai/app/templates/} with {@code {{name}}} placeholders. */
final class Templates {

    private static final String ROOT = "/dev/kunai/app/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private Templates() {}

    /** The template {@code name} (e.g. {@code project/pom.xml.tmpl}) with every placeholder replaced from {@code values}. */
    static String render(String name, Map<String, String> values) {
        String text = read(name);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "Template " + name + " uses {{" + matcher.group(1) + "}}, which has no value");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The versions generated projects depend on ({@code kunai.version}, {@code junit.version}, {@code assertj.version},
     * {@code logback.version}). */
    static Properties versions() {
        Properties versions = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream(ROOT + "versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the kunai-app jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.stringPropertyNames().forEach(key -> {
            if (versions.getProperty(key).contains("${")) {
                throw new IllegalStateException("versions.properties was not filtered by the build (" + key + ")");
            }
        });
        return versions;
    }

    private static String read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Template " + name + " is missing from the kunai-app jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
