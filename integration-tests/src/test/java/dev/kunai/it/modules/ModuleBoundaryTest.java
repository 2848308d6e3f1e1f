package dev.kunai.it.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.app.KunaiApp;
import dev.kunai.auth.KunaiAuth;
import dev.kunai.data.db.Db;
import dev.kunai.jetty.JettyServer;
import dev.kunai.jwt.KunaiJwt;
import dev.kunai.redis.RedisThrottleStore;
import dev.kunai.test.KunaiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of Kunai's libraries (docs/architecture.md, "Modules"). Tests run on the class path, where
 * {@code module-info.java} changes nothing, so this reads the built descriptors and checks them: each module exports
 * exactly its API and SPI packages, internals are exported to no one (or only to the sibling module that needs them),
 * every package is documented by a {@code package-info.java}, and the modules resolve into a real module graph with
 * their dependencies and load in a module layer, where the internals are encapsulated.
 */
class ModuleBoundaryTest {

    /** One Kunai module: a class in it (to find it), its directory in the build, and its packages by role. */
    private record Expected(Class<?> anchor, String dir, Set<String> exported, Set<String> internal) {}

    private static final String K = "dev.kunai";

    private static final Map<String, Expected> MODULES = Map.of(
            "dev.kunai.core",
            new Expected(
                    KunaiApi.class,
                    "kunai-core",
                    packages(
                            K,
                            K,
                            "compression",
                            "contributor",
                            "cors",
                            "docs",
                            "errors",
                            "feature",
                            "http",
                            "inject",
                            "json",
                            "openapi",
                            "operation",
                            "pagination",
                            "param",
                            "permissions",
                            "pipeline",
                            "route",
                            "schema",
                            "security",
                            "server",
                            "stage",
                            "testing",
                            "throttling",
                            "validation"),
                    packages(K, "binding", "routing")),
            "dev.kunai.jetty",
            new Expected(JettyServer.class, "kunai-jetty", packages(K, "jetty"), Set.of()),
            "dev.kunai.data",
            new Expected(
                    Db.class,
                    "kunai-data",
                    packages(K, "data", "data.db", "data.filter", "data.migrate", "data.model", "data.read"),
                    packages(K, "data.schema")),
            "dev.kunai.app",
            new Expected(
                    KunaiApp.class,
                    "kunai-app",
                    packages(K, "app", "app.commands", "app.settings"),
                    // the templates are resources only (startproject, startapp), read by the module itself
                    packages(
                            K, "app.cli", "app.reload", "app.templates", "app.templates.app", "app.templates.project")),
            "dev.kunai.auth",
            new Expected(
                    KunaiAuth.class,
                    "kunai-auth",
                    packages(
                            K,
                            "auth",
                            "auth.authenticators",
                            "auth.csrf",
                            "auth.hashers",
                            "auth.permissions",
                            "auth.sessions",
                            "auth.users"),
                    packages(K, "auth.commands", "auth.migration")),
            "dev.kunai.jwt",
            new Expected(
                    KunaiJwt.class,
                    "kunai-jwt",
                    packages(K, "jwt", "jwt.auth", "jwt.blacklist", "jwt.controllers"),
                    packages(K, "jwt.commands", "jwt.migration")),
            "dev.kunai.redis",
            new Expected(RedisThrottleStore.class, "kunai-redis", packages(K, "redis"), Set.of()),
            "dev.kunai.test",
            new Expected(KunaiTest.class, "kunai-test", packages(K, "test", "test.browser"), Set.of()));

    /** Internal packages a sibling module needs, exported to it alone: package → the modules it is exported to. */
    private static final Map<String, Map<String, Set<String>>> QUALIFIED =
            Map.of("dev.kunai.core", Map.of("dev.kunai.binding", Set.of("dev.kunai.data")));

    @Test
    void eachModuleExportsExactlyItsApiAndSpiPackages() {
        for (var entry : MODULES.entrySet()) {
            ModuleDescriptor descriptor = descriptor(entry.getKey(), entry.getValue());
            Expected expected = entry.getValue();
            assertThat(descriptor.packages())
                    .as("every package of %s is either exported or listed as internal here", entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(union(expected.exported(), expected.internal()));
            assertThat(descriptor.exports().stream()
                            .filter(e -> !e.isQualified())
                            .map(ModuleDescriptor.Exports::source))
                    .as("packages %s exports to everyone", entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(expected.exported());
            Map<String, Set<String>> qualified = descriptor.exports().stream()
                    .filter(ModuleDescriptor.Exports::isQualified)
                    .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
            assertThat(qualified)
                    .as("internal packages %s exports to sibling modules only", entry.getKey())
                    .isEqualTo(QUALIFIED.getOrDefault(entry.getKey(), Map.of()));
            assertThat(descriptor.isOpen())
                    .as("%s is not an open module", entry.getKey())
                    .isFalse();
        }
    }

    @Test
    void internalsAreOpenedForReflectionOnlyWhereALibraryReflects() {
        Map<String, Set<String>> opened = new TreeMap<>();
        for (var entry : MODULES.entrySet()) {
            for (ModuleDescriptor.Opens opens :
                    descriptor(entry.getKey(), entry.getValue()).opens()) {
                opened.put(opens.source(), opens.targets());
            }
        }
        // Entities (Hibernate), controllers (the core's method handles, Guice), picocli commands and SQL migrations
        // (Flyway finds resources only in open packages); nothing else.
        assertThat(opened)
                .isEqualTo(Map.ofEntries(
                        Map.entry("dev.kunai.data.model", Set.of()),
                        Map.entry("dev.kunai.app.cli", Set.of("info.picocli")),
                        Map.entry("dev.kunai.app.commands", Set.of("info.picocli")),
                        Map.entry("dev.kunai.auth.commands", Set.of("info.picocli")),
                        Map.entry("dev.kunai.auth.migration", Set.of()),
                        Map.entry("dev.kunai.auth.sessions", Set.of()),
                        Map.entry("dev.kunai.auth.users", Set.of()),
                        Map.entry("dev.kunai.jwt.blacklist", Set.of()),
                        Map.entry("dev.kunai.jwt.commands", Set.of("info.picocli")),
                        Map.entry("dev.kunai.jwt.migration", Set.of()),
                        Map.entry("dev.kunai.jwt.controllers", Set.of())));
    }

    @Test
    void everyMainPackageSaysWhatItIsForInAPackageInfo() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        for (var entry : MODULES.entrySet()) {
            Expected expected = entry.getValue();
            Path sources = root.resolve(expected.dir()).resolve("src/main/java");
            for (String pkg : union(expected.exported(), expected.internal())) {
                String dir = pkg.replace('.', '/');
                if (!Files.isDirectory(sources.resolve(dir))
                        && Files.isDirectory(sources.resolveSibling("resources").resolve(dir))) {
                    continue; // a package of resources, no code
                }
                Path info = sources.resolve(dir).resolve("package-info.java");
                assertThat(info)
                        .as("%s documents package %s", entry.getKey(), pkg)
                        .exists();
                String text = Files.readString(info, StandardCharsets.UTF_8);
                assertThat(text.substring(0, text.indexOf("package " + pkg + ";")))
                        .as("Javadoc of %s", pkg)
                        .contains("/**")
                        .hasSizeGreaterThan(40);
            }
            assertThat(sources.resolve("module-info.java")).exists();
        }
    }

    @Test
    void theModulesResolveWithTheirDependenciesAndEncapsulateTheirInternals() throws ReflectiveOperationException {
        ModuleLayer layer = layer();
        Module core = layer.findLoader("dev.kunai.core")
                .loadClass(KunaiApi.class.getName())
                .getModule();
        Module data = layer.findModule("dev.kunai.data").orElseThrow();
        Module app = layer.findModule("dev.kunai.app").orElseThrow();
        assertThat(core.getName()).isEqualTo("dev.kunai.core");
        assertThat(core.getLayer()).isSameAs(layer);
        assertThat(core.isExported("dev.kunai.pipeline")).isTrue();
        assertThat(core.isExported("dev.kunai.binding")).isFalse();
        assertThat(core.isExported("dev.kunai.binding", data)).isTrue();
        assertThat(core.isExported("dev.kunai.binding", app)).isFalse();
        assertThat(core.isExported("dev.kunai.routing", data)).isFalse();
        assertThat(data.isExported("dev.kunai.data.schema")).isFalse();
        assertThat(app.canRead(data)).isTrue();
        assertThat(layer.modules().stream().map(Module::getName))
                .contains("com.fasterxml.jackson.databind", "org.hibernate.orm.core", "org.eclipse.jetty.server");
    }

    @Test
    void anApiServesItsOpenApiDocumentAndSwaggerUiInsideTheModuleLayer() throws ReflectiveOperationException {
        // Jackson, the JSON Schema generator and Guice at work on the module path: an API with its docs, built and
        // called through the in-process test client, every class loaded from the layer.
        ClassLoader loader = layer().findLoader("dev.kunai.core");
        // Service providers (kunai-data's SchemaFactsProvider) are looked up through the context class loader: the
        // layer's, not this class path's copies.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            servesDocs(loader);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void servesDocs(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> apiType = loader.loadClass("dev.kunai.KunaiApi");
        Object builder = apiType.getMethod("builder").invoke(null);
        Object api = builder.getClass().getMethod("build").invoke(builder);
        Object container = loader.loadClass("dev.kunai.inject.GuiceContainer")
                .getMethod("create")
                .invoke(null);
        Object client = loader.loadClass("dev.kunai.testing.TestClient")
                .getMethod("forApi", apiType, loader.loadClass("dev.kunai.inject.Container"))
                .invoke(null, api, container);
        Object document = client.getClass().getMethod("get", String.class).invoke(client, "/api/openapi.json");
        Object docs = client.getClass().getMethod("get", String.class).invoke(client, "/api/docs");

        assertThat(document.getClass().getModule().getName()).isEqualTo("dev.kunai.core");
        assertThat(document.getClass().getMethod("status").invoke(document)).isEqualTo(200);
        assertThat((String) document.getClass().getMethod("text").invoke(document))
                .startsWith("{\"openapi\":\"3.1.0\"");
        assertThat(docs.getClass().getMethod("status").invoke(docs)).isEqualTo(200);
    }

    /**
     * The Kunai modules and their dependencies in a module layer of their own, as an application on the module path
     * sees them.
     */
    private static ModuleLayer layer() {
        List<Path> path = modulePath();
        // JDK modules outside this (class-path) JVM's boot layer come from the system image: nimbus-jose-jwt requires
        // jdk.crypto.ec and jdk.crypto.cryptoki, which export nothing.
        Configuration graph = Configuration.resolve(
                ModuleFinder.of(path.toArray(Path[]::new)),
                List.of(ModuleLayer.boot().configuration()),
                ModuleFinder.ofSystem(),
                MODULES.keySet());
        return ModuleLayer.boot().defineModulesWithOneLoader(graph, ClassLoader.getPlatformClassLoader());
    }

    /** The descriptor compiled into the module's jar or classes directory (where the anchor class was loaded from). */
    private static ModuleDescriptor descriptor(String name, Expected expected) {
        Path location = location(expected.anchor());
        ModuleReference reference = ModuleFinder.of(location)
                .find(name)
                .orElseThrow(() -> new AssertionError(name + " has no module-info in " + location));
        assertThat(reference.descriptor().isAutomatic()).as(name).isFalse();
        return reference.descriptor();
    }

    /**
     * The module path of the Kunai modules, from the test class path: the explicit modules they require, directly or
     * indirectly, and every automatic module (resolving one automatic module resolves them all, as on an application's
     * module path: that is how Guice finds aopalliance and Kunai the Swagger UI webjar, which no module requires).
     */
    private static List<Path> modulePath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Map<String, ModuleReference> observable = new TreeMap<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.exists(p) && !p.endsWith("test-classes")) {
                for (ModuleReference reference : modules(p)) {
                    observable.putIfAbsent(reference.descriptor().name(), reference);
                }
            }
        }
        Set<String> needed = new TreeSet<>();
        List<String> queue = new ArrayList<>(MODULES.keySet());
        while (!queue.isEmpty()) {
            String name = queue.removeLast();
            ModuleReference reference = observable.get(name);
            if (reference != null && needed.add(name)) {
                reference.descriptor().requires().stream()
                        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .forEach(r -> queue.add(r.name()));
            }
        }
        observable.values().stream()
                .filter(reference -> reference.descriptor().isAutomatic())
                .forEach(reference -> needed.add(reference.descriptor().name()));
        return needed.stream()
                .map(name -> Path.of(observable.get(name).location().orElseThrow()))
                .toList();
    }

    private static Set<ModuleReference> modules(Path entry) {
        try {
            return ModuleFinder.of(entry).findAll();
        } catch (FindException e) {
            return Set.of();
        }
    }

    private static Path location(Class<?> anchor) {
        try {
            return Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static Set<String> packages(String prefix, String... names) {
        return Stream.of(names)
                .map(n -> n.equals(prefix) ? n : prefix + "." + n)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
