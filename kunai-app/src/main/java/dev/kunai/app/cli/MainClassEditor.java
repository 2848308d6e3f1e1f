package dev.kunai.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers a new app in the project's main class, but only where the code has the shape startproject writes:
 * one {@code .controllers(A.class, ...)} call, and the database line either active or as the one commented-out
 * {@code // app.database(...);} line. Anything else is left alone and reported as a step for the user.
 */
final class MainClassEditor {

    private static final Pattern CONTROLLERS = Pattern.compile("\\.controllers\\(([^()]*)\\)");
    private static final Pattern CLASS_LIST = Pattern.compile("\\s*[\\w.]+\\.class(\\s*,\\s*[\\w.]+\\.class)*\\s*");
    private static final Pattern COMMENTED_DATABASE =
            Pattern.compile("(?m)^([ \\t]*)//[ \\t]*(app\\.database\\(.*\\);)[ \\t]*$");
    private static final Pattern ACTIVE_DATABASE = Pattern.compile("(?m)^(?![ \\t]*//).*\\.database\\(");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+);[ \\t]*\\R");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package [\\w.]+;[ \\t]*\\R");

    /**
     * The edited source, what was changed, what the user still has to do by hand, and every step the app
     * needs (done or not) as an instruction.
     */
    record Result(String source, List<String> done, List<String> todo, List<String> steps) {}

    private MainClassEditor() {}

    /** Adds {@code controller} (a fully qualified class name) to the API and turns the database on for {@code basePackage}. */
    static Result register(String source, String controller, String basePackage) {
        List<String> done = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        String simple = controller.substring(controller.lastIndexOf('.') + 1);
        String edited = source;

        Matcher calls = CONTROLLERS.matcher(edited);
        List<MatchResult> found = calls.results()
                .map(m -> new MatchResult(m.start(1), m.end(1), m.group(1)))
                .toList();
        String registerStep = "add " + simple + ".class to the API's controllers(...) and import " + controller;
        if (found.size() == 1 && found.get(0).text().matches("(?s).*\\b" + Pattern.quote(simple) + "\\.class\\b.*")) {
            done.add(simple + " was already registered");
        } else if (found.size() == 1 && CLASS_LIST.matcher(found.get(0).text()).matches()) {
            steps.add(registerStep);
            MatchResult list = found.get(0);
            boolean clash = Pattern.compile("(?m)^import [\\w.]+\\." + simple + ";")
                            .matcher(edited)
                            .find()
                    && !edited.contains("import " + controller + ";");
            String reference = clash ? controller : simple;
            String trimmed = list.text().stripTrailing();
            edited = edited.substring(0, list.start()) + trimmed + ", " + reference + ".class"
                    + list.text().substring(trimmed.length()) + edited.substring(list.end());
            if (!clash) {
                edited = addImport(edited, controller);
            }
            done.add("registered " + simple + " in the API's controllers(...)");
        } else {
            steps.add(registerStep);
            todo.add(registerStep);
        }

        if (ACTIVE_DATABASE.matcher(edited).find()) {
            done.add("the database was already configured");
        } else {
            String databaseStep =
                    "configure the database: app.database(Database.of(app.settings().get(\"database.url\","
                            + " Database.EMBEDDED_URL)).packages(\"" + basePackage + "\"))";
            steps.add(databaseStep);
            Matcher commented = COMMENTED_DATABASE.matcher(edited);
            if (commented.find() && !commented.find()) {
                commented.reset();
                edited = commented.replaceFirst("$1$2");
                edited = addImport(edited, "dev.kunai.data.db.Database");
                done.add("turned the database on (app.database(...))");
            } else {
                todo.add(databaseStep);
            }
        }
        return new Result(edited, done, todo, steps);
    }

    /** {@code source} with {@code import name;} added among the imports in sorted position (unchanged when present). */
    static String addImport(String source, String name) {
        if (source.contains("import " + name + ";")) {
            return source;
        }
        String newline = source.contains("\r\n") ? "\r\n" : "\n";
        String line = "import " + name + ";" + newline;
        Matcher imports = IMPORT.matcher(source);
        int insertAt = -1;
        int afterLast = -1;
        while (imports.find()) {
            afterLast = imports.end();
            if (insertAt < 0 && imports.group(1).compareTo(name) > 0) {
                insertAt = imports.start();
            }
        }
        if (insertAt >= 0) {
            return source.substring(0, insertAt) + line + source.substring(insertAt);
        }
        if (afterLast >= 0) {
            return source.substring(0, afterLast) + line + source.substring(afterLast);
        }
        Matcher pkg = PACKAGE.matcher(source);
        int at = pkg.find() ? pkg.end() : 0;
        return source.substring(0, at) + newline + line + source.substring(at);
    }

    private record MatchResult(int start, int end, String text) {}
}
