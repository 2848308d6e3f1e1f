package dev.kunai.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Files to create under one directory, written only when none of them exists yet. */
final class Scaffold {

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Set<String> executables = new HashSet<>();

    private Scaffold(Path root) {
        this.root = root;
    }

    /** An empty scaffold rooted at {@code root}. */
    static Scaffold under(Path root) {
        return new Scaffold(root);
    }

    /** Adds a file at {@code relative} (with {@code /} separators). */
    Scaffold file(String relative, String content) {
        files.put(relative, content);
        return this;
    }

    /** Adds an executable file (a script) at {@code relative}. */
    Scaffold executable(String relative, String content) {
        executables.add(relative);
        return file(relative, content);
    }

    /** Writes every file; fails before writing anything when one already exists. Returns the paths, relative to the root. */
    List<String> write() throws IOException {
        for (String relative : files.keySet()) {
            if (Files.exists(root.resolve(relative))) {
                throw new CliException(root.resolve(relative) + " already exists; nothing was written");
            }
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            if (executables.contains(file.getKey())) {
                makeExecutable(path);
            }
            written.add(file.getKey());
        }
        return written;
    }

    private static void makeExecutable(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions =
                    EnumSet.copyOf(view.readAttributes().permissions());
            permissions.addAll(EnumSet.of(
                    PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            view.setPermissions(permissions);
        } else {
            path.toFile().setExecutable(true, false);
        }
    }
}
