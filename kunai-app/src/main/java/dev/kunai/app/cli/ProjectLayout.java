package dev.kunai.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where things are in a Kunai project: its main class (the {@code kunai.mainClass} property of {@code pom.xml},
 * else the one source file that calls {@code Kunai.app()}) and so its base package.
 */
record ProjectLayout(Path root, String mainClass, Path mainSource) {

    /** The layout of the project in {@code root}; fails with a clear message when it is not a Kunai project. */
    static ProjectLayout of(Path root) throws IOException {
        Path pom = root.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new CliException("No pom.xml in " + root + ": run startapp inside a project made by startproject,"
                    + " or pass --directory PROJECT_DIR");
        }
        Path sources = root.resolve("src/main/java");
        String mainClass = mainClassProperty(pom).orElseGet(() -> mainClassFromSources(sources));
        Path source = sources.resolve(mainClass.replace('.', '/') + ".java");
        if (!Files.isRegularFile(source)) {
            throw new CliException("The main class " + mainClass + " has no source at " + source);
        }
        return new ProjectLayout(root, mainClass, source);
    }

    /** The package of the main class: apps go in sub-packages of it. */
    String basePackage() {
        int dot = mainClass.lastIndexOf('.');
        return dot < 0 ? "" : mainClass.substring(0, dot);
    }

    /** The simple name of the main class. */
    String mainSimpleName() {
        return mainClass.substring(mainClass.lastIndexOf('.') + 1);
    }

    private static Optional<String> mainClassProperty(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            NodeList children = document.getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element properties
                        && properties.getTagName().equals("properties")) {
                    NodeList values = properties.getElementsByTagName("kunai.mainClass");
                    if (values.getLength() > 0) {
                        Node value = values.item(0);
                        return Optional.of(value.getTextContent().strip()).filter(s -> !s.isEmpty());
                    }
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            throw new CliException("Cannot read " + pom + ": " + e.getMessage());
        }
    }

    private static String mainClassFromSources(Path sources) {
        if (!Files.isDirectory(sources)) {
            throw new CliException(
                    "No src/main/java in " + sources.getParent().getParent() + ": is this a Kunai project?");
        }
        List<Path> candidates;
        try (Stream<Path> files = Files.walk(sources)) {
            candidates = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(ProjectLayout::callsKunaiApp)
                    .toList();
        } catch (IOException e) {
            throw new CliException("Cannot read " + sources + ": " + e.getMessage());
        }
        if (candidates.size() != 1) {
            throw new CliException("Cannot tell the project's main class (" + candidates.size() + " sources call"
                    + " Kunai.app()): set <kunai.mainClass> in the <properties> of pom.xml");
        }
        String relative = sources.relativize(candidates.get(0)).toString().replace(java.io.File.separatorChar, '.');
        return relative.substring(0, relative.length() - ".java".length());
    }

    private static boolean callsKunaiApp(Path file) {
        try {
            return Files.readString(file).contains("Kunai.app()");
        } catch (IOException e) {
            return false;
        }
    }
}
