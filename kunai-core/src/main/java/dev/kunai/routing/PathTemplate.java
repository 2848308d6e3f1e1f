package dev.kunai.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed path template such as {@code /books/{id}} or {@code /files/{rest:path}}: literal segments,
 * named single-segment variables, and an optional final variable that captures the rest of the path
 * (slashes included).
 *
 * @param template the original template
 * @param segments the segments, in order
 */
public record PathTemplate(String template, List<Segment> segments) {

    /** One segment: a literal, a variable, or a rest-of-path variable (only last). */
    public record Segment(String text, Kind kind) {}

    /** The kind of a segment. */
    public enum Kind {
        LITERAL,
        VARIABLE,
        REST
    }

    /**
     * Parses a template; throws {@link IllegalArgumentException} with the reason when it is malformed: it does
     * not start with {@code /}, a variable is unnamed, does not fill its segment or appears twice, or a
     * {@code {name:path}} variable is not last. Templates are checked whole (API prefix + controller prefix +
     * operation path), so a variable repeated across those parts is refused too.
     */
    public static PathTemplate parse(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("Path '" + template + "' must start with '/'");
        }
        List<Segment> segments = new ArrayList<>();
        String[] parts = template.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                String inner = part.substring(1, part.length() - 1);
                int colon = inner.indexOf(':');
                String name = colon < 0 ? inner : inner.substring(0, colon);
                String converter = colon < 0 ? "" : inner.substring(colon + 1);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("Path '" + template + "' has an unnamed variable");
                }
                if (segments.stream()
                        .anyMatch(s -> s.kind() != Kind.LITERAL && s.text().equals(name))) {
                    throw new IllegalArgumentException("Path '" + template + "' declares {" + name + "} twice");
                }
                if (converter.equals("path")) {
                    if (i != parts.length - 1) {
                        throw new IllegalArgumentException("Path '" + template + "': {" + name + ":path} must be last");
                    }
                    segments.add(new Segment(name, Kind.REST));
                } else {
                    segments.add(new Segment(name, Kind.VARIABLE));
                }
            } else if (part.contains("{") || part.contains("}")) {
                throw new IllegalArgumentException("Path '" + template + "': a variable must fill a whole segment");
            } else {
                segments.add(new Segment(part, Kind.LITERAL));
            }
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    /** The variable names, in order. */
    public List<String> variables() {
        return segments.stream()
                .filter(s -> s.kind() != Kind.LITERAL)
                .map(Segment::text)
                .toList();
    }
}
