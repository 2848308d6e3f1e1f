package dev.kunai.app.tutorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's tutorial as steps: every fenced block of the tutorial section follows a marker comment that says
 * what it is ({@code <!-- tutorial: run -->}, {@code server}, {@code output}, {@code file PATH},
 * {@code generated PATH}). A block without a marker is an error, so nothing in the tutorial goes unchecked.
 */
record Tutorial(List<Step> steps) {

    /** One marked block: its kind, its argument (a path, or empty) and its text. */
    record Step(String kind, String argument, String text) {
        /** The non-blank lines of the block. */
        List<String> lines() {
            return text.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- tutorial: (\\w+)\\s*(\\S*)\\s*-->\\n)?```(\\w*)\\n(.*?)\\n```", Pattern.DOTALL);

    /** The steps of the section headed {@code heading} in {@code markdown} (up to the next level-2 heading). */
    static Tutorial parse(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        if (start < 0) {
            throw new IllegalArgumentException("no section " + heading);
        }
        int end = markdown.indexOf("\n## ", start + heading.length());
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        List<Step> steps = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            if (m.group(1) == null) {
                throw new IllegalArgumentException(
                        "a ```" + m.group(3) + " block of the tutorial has no" + " <!-- tutorial: ... --> marker: "
                                + m.group(4).lines().findFirst().orElse(""));
            }
            steps.add(new Step(m.group(1), m.group(2), m.group(4) + "\n"));
        }
        return new Tutorial(List.copyOf(steps));
    }
}
