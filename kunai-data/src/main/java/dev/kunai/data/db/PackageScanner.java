package dev.kunai.data.db;

import dev.kunai.data.ModelSchema;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds {@code @Entity} classes and {@code @ModelSchema} records in packages on the class path (directories and jars). */
final class PackageScanner {

    /** What a scan found. */
    record Found(List<Class<?>> entities, List<Class<?>> schemas) {}

    private PackageScanner() {}

    static Found scan(List<String> packages) {
        List<Class<?>> entities = new ArrayList<>();
        List<Class<?>> schemas = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PackageScanner.class.getClassLoader();
        }
        for (String pkg : packages) {
            for (String className : classNames(loader, pkg)) {
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                } else if (type.isAnnotationPresent(ModelSchema.class)) {
                    schemas.add(type);
                }
            }
        }
        return new Found(entities, schemas);
    }

    private static TreeSet<String> classNames(ClassLoader loader, String pkg) {
        String path = pkg.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            if (!roots.hasMoreElements()) {
                throw DatabaseException.of("Package '" + pkg + "' to scan for entities is not on the class path");
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.map(dir::relativize)
                                .map(Path::toString)
                                .filter(f -> f.endsWith(".class") && !f.contains("-"))
                                .forEach(f -> names.add(pkg + "."
                                        + f.substring(0, f.length() - 6).replace(java.io.File.separatorChar, '.')));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(path + "/") && name.endsWith(".class") && !name.contains("-")) {
                                names.add(name.substring(0, name.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
