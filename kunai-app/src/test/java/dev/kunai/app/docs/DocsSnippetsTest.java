package dev.kunai.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code in {@code docs/} equal to the code that runs (Asciidoctor's {@code include::file[tag=...]}
 * idea, checked instead of generated). A fence preceded by {@code <!-- include: PATH#TAG -->} must equal the
 * region of PATH between {@code // tag::TAG[]} and {@code // end::TAG[]} (indentation removed), and one preceded
 * by {@code <!-- include: PATH -->} the region between {@code // --- example start} and {@code // --- example end}
 * (the guide tests' markers); a fence preceded
 * by {@code <!-- imports: PATH -->} may hold only {@code import} lines that PATH has.
 */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKED = Pattern.compile(
            "<!-- (include|imports): ([^#\\s]+)(?:#(\\S+))? -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyMarkedSnippetEqualsTheCodeItClaimsToBe() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            for (Path page :
                    pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = MARKED.matcher(Files.readString(page));
                while (m.find()) {
                    Path source = ROOT.resolve(m.group(2));
                    assertThat(source)
                            .as("%s names %s", page.getFileName(), m.group(2))
                            .isRegularFile();
                    String where = page.getFileName() + " -> " + m.group(2);
                    if (m.group(1).equals("include")) {
                        assertThat(m.group(4).strip())
                                .as("the snippet in %s#%s", where, m.group(3))
                                .isEqualTo(region(Files.readString(source), m.group(3)));
                    } else {
                        List<String> imports = Files.readAllLines(source).stream()
                                .filter(l -> l.startsWith("import "))
                                .toList();
                        assertThat(imports)
                                .as("imports shown in %s", where)
                                .containsAll(m.group(4)
                                        .lines()
                                        .filter(l -> !l.isBlank())
                                        .toList());
                    }
                    checked.add(where);
                }
            }
        }
        assertThat(checked).as("marked snippets in docs/").hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void aDriftedSnippetIsCaught() {
        String code = "class A {\n    // tag::x[]\n    int a = 1;\n    // end::x[]\n}\n";
        assertThat(region(code, "x")).isEqualTo("int a = 1;").isNotEqualTo("int a = 2;");
    }

    /** The lines between the tag's markers (no tag: the example markers), with their common indentation removed. */
    static String region(String source, String tag) {
        int start = source.indexOf(tag == null ? "// --- example start" : "// tag::" + tag + "[]");
        int end = source.indexOf(tag == null ? "// --- example end" : "// end::" + tag + "[]");
        assertThat(start).as("tag %s", tag).isNotNegative();
        assertThat(end).as("end of tag %s", tag).isGreaterThan(start);
        String body = source.substring(source.indexOf('\n', start) + 1, source.lastIndexOf('\n', end));
        return body.stripIndent().strip();
    }
}
