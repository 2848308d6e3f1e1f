package dev.kunai.app.cli;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Checks project and app names and derives the Java names (class, package, model, title) generated from them. */
final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** Simple names the generated sources import or rely on: a model with one of these names would not compile. */
    private static final Set<String> TAKEN = Set.of(
            "Body",
            "Column",
            "Controller",
            "Db",
            "Default",
            "Description",
            "Entity",
            "GeneratedValue",
            "Get",
            "Id",
            "Inject",
            "KunaiTest",
            "List",
            "Map",
            "ModelSchema",
            "Object",
            "Override",
            "Post",
            "Query",
            "Record",
            "Schemas",
            "Size",
            "String",
            "System",
            "Test",
            "TestClient",
            "Long",
            "Class",
            "Math",
            "Integer",
            "Boolean",
            "Void",
            "Thread",
            "Runtime",
            "Exception",
            "Error");

    private Names() {}

    /** Fails unless {@code name} can name a project or app: letters, digits, underscores, a letter first, no Java keyword. */
    static String requireName(String kind, String name) {
        if (!NAME.matcher(name).matches() || SourceVersion.isKeyword(name.toLowerCase(Locale.ROOT))) {
            throw new CliException("'" + name + "' is not a valid " + kind + " name: use up to 64 letters, digits and"
                    + " underscores, starting with a letter and not a Java keyword (e.g. "
                    + ("app".equals(kind) ? "notes" : "mysite") + ")");
        }
        return name;
    }

    /** Fails unless {@code name} is a Java package name such as {@code com.example.mysite}. */
    static String requirePackage(String name) {
        if (!SourceVersion.isName(name) || name.chars().anyMatch(c -> c == '$')) {
            throw new CliException("'" + name + "' is not a valid Java package name (e.g. com.example.mysite)");
        }
        return name;
    }

    /** Fails unless {@code name} can name the generated model class. */
    static String requireModel(String name) {
        if (!SourceVersion.isIdentifier(name)
                || SourceVersion.isKeyword(name)
                || name.contains("$")
                || !Character.isUpperCase(name.charAt(0))) {
            throw new CliException("'" + name + "' is not a valid model class name (e.g. Note)");
        }
        if (TAKEN.contains(name)) {
            throw new CliException("The model name '" + name + "' clashes with a type the generated code uses;"
                    + " choose another with --model");
        }
        return name;
    }

    /** The package segment for a name: {@code MySite} becomes {@code mysite}. */
    static String packageSegment(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A class-name form: {@code my_site} becomes {@code MySite}, {@code mysite} becomes {@code Mysite}. */
    static String className(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** A title: {@code my_site} becomes {@code My Site}. */
    static String title(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** The model class an app is about, from its (usually plural) name: {@code notes} gives {@code Note}, {@code categories} {@code Category}. */
    static String model(String appName) {
        String lower = appName.toLowerCase(Locale.ROOT);
        String singular = appName;
        if (lower.endsWith("ies") && appName.length() > 3) {
            singular = appName.substring(0, appName.length() - 3) + "y";
        } else if (lower.matches(".*(ss|sh|ch|x|z)es")) {
            singular = appName.substring(0, appName.length() - 2);
        } else if (lower.endsWith("s") && !lower.matches(".*(ss|us|is)") && appName.length() > 1) {
            singular = appName.substring(0, appName.length() - 1);
        }
        return className(singular);
    }
}
