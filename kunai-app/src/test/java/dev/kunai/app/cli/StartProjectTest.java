package dev.kunai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@code kunai startproject mysite} then {@code kunai startapp notes}: the project compiles, its tests pass,
 * its manage commands work and it serves its API over HTTP. With {@code -Dkunai.it.maven=true} (after
 * {@code ./mvnw install}) the generated project is also built by a real {@code ./mvnw -o -q verify}.
 */
class StartProjectTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAIN = "com.example.mysite.MysiteApp";

    @TempDir
    Path temp;

    @Test
    void generatedProjectBuildsPassesItsTestsAndServes() throws Exception {
        Path root = temp.resolve("mysite");
        assertThat(kunai("startproject", "mysite", "--directory", root.toString()))
                .isZero();
        assertThat(kunai("startapp", "notes", "--directory", root.toString())).isZero();
        assertThat(Files.readString(root.resolve("src/main/java/com/example/mysite/MysiteApp.java")))
                .contains(".controllers(HelloController.class, NoteController.class)")
                .contains("import com.example.mysite.notes.NoteController;")
                .containsPattern("(?m)^        app\\.database\\(");

        Path db = temp.resolve("data/db").toAbsolutePath();
        Files.writeString(
                root.resolve("src/main/resources/kunai.properties"),
                "database.url=h2:file:" + db + "\n",
                StandardOpenOption.APPEND);
        GeneratedProject project = new GeneratedProject(root, temp.resolve("build"));
        project.build();
        TestExecutionSummary summary = project.runTests();
        String report = GeneratedProject.describe(summary);
        assertThat(summary.getTotalFailureCount()).as(report).isZero();
        assertThat(summary.getTestsAbortedCount()).as(report).isZero();
        assertThat(summary.getTestsSkippedCount()).as(report).isZero();
        assertThat(summary.getTestsSucceededCount()).as(report).isEqualTo(6);

        Path migrations = root.resolve("src/main/resources/db/migration");
        project.isolated(loader -> {
            var openapi = GeneratedProject.manage(
                    loader, MAIN, "openapi", "-o", temp.resolve("openapi.json").toString());
            assertThat(openapi.status()).as(openapi.err()).isZero();
            JsonNode document = JSON.readTree(temp.resolve("openapi.json").toFile());
            assertThat(document.at("/info/title").asText()).isEqualTo("Mysite API");
            assertThat(document.get("paths").has("/api/hello/")).isTrue();
            assertThat(document.at("/paths/~1api~1notes~1/post/requestBody/description")
                            .asText())
                    .isEqualTo("Note payload");

            var make = GeneratedProject.manage(loader, MAIN, "makemigrations", "--dir", migrations.toString());
            assertThat(make.status()).as(make.err()).isZero();
            assertThat(make.out()).contains("Wrote").contains("V1__auto.sql");
            assertThat(Files.readString(migrations.resolve("V1__auto.sql")).toLowerCase())
                    .contains("create table note");
            project.copyResources();

            var migrate = GeneratedProject.manage(loader, MAIN, "migrate");
            assertThat(migrate.status()).as(migrate.err()).isZero();
            assertThat(migrate.out()).contains("Applied 1 migration(s).");
            var show = GeneratedProject.manage(loader, MAIN, "showmigrations");
            assertThat(show.out()).contains("V1");
            var again = GeneratedProject.manage(loader, MAIN, "makemigrations", "--dir", migrations.toString());
            assertThat(again.out()).contains("No changes detected.");
            var help = GeneratedProject.manage(loader, MAIN, "--help");
            assertThat(help.out()).contains("runserver", "migrate", "makemigrations", "showmigrations", "openapi");

            serveOverHttp(loader);
            return null;
        });
        assertThat(db.resolveSibling("db.mv.db"))
                .as("the database named in kunai.properties")
                .exists();
    }

    /** Starts the generated application on a free port and talks to it over HTTP. */
    private static void serveOverHttp(ClassLoader loader) throws Exception {
        Object app = loader.loadClass(MAIN).getMethod("app").invoke(null);
        Class<?> optionsType = loader.loadClass("dev.kunai.server.ServerOptions");
        Object builder = optionsType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("host", String.class).invoke(builder, "127.0.0.1");
        builder.getClass().getMethod("port", int.class).invoke(builder, 0);
        Object options = builder.getClass().getMethod("build").invoke(builder);
        Object running = app.getClass().getMethod("start", optionsType).invoke(app, options);
        try (HttpClient http = HttpClient.newHttpClient()) {
            String base = (String) running.getClass().getMethod("baseUrl").invoke(running);
            HttpResponse<String> hello = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/hello/?name=Ada"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(hello.statusCode()).isEqualTo(200);
            assertThat(hello.body()).isEqualTo("{\"message\":\"Hello, Ada!\"}");
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"first\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> listed = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(listed.body())).isEqualTo(JSON.readTree("[" + created.body() + "]"));
            HttpResponse<String> invalid = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/notes/"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(invalid.statusCode()).isEqualTo(422);
        } finally {
            running.getClass().getMethod("stop").invoke(running);
        }
    }

    @Test
    void generatedPomHasTheDependenciesAndPlugins() throws Exception {
        Path root = temp.resolve("shop");
        assertThat(kunai("startproject", "shop", "--package", "org.acme.shop", "--directory", root.toString()))
                .isZero();
        PomFacts pom = PomFacts.read(root.resolve("pom.xml"));
        assertThat(pom.text("/project/groupId")).isEqualTo("org.acme");
        assertThat(pom.text("/project/artifactId")).isEqualTo("shop");
        assertThat(pom.exists("/project/parent")).isFalse();
        assertThat(pom.text("/project/properties/kunai.mainClass")).isEqualTo("org.acme.shop.ShopApp");
        String kunaiVersion = Templates.versions().getProperty("kunai.version");
        assertThat(pom.text("/project/properties/kunai.version"))
                .isEqualTo(kunaiVersion)
                .doesNotContain("$");
        assertThat(pom.dependencies())
                .containsExactly(
                        "dev.kunai:kunai-app:${kunai.version}:compile",
                        "ch.qos.logback:logback-classic:${logback.version}:runtime",
                        "dev.kunai:kunai-test:${kunai.version}:test",
                        "org.junit.jupiter:junit-jupiter:${junit.version}:test",
                        "org.assertj:assertj-core:${assertj.version}:test");
        assertThat(pom.text("/project/properties/junit.version")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(pom.text("/project/properties/assertj.version")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(pom.text("/project/properties/logback.version")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Files.readString(root.resolve("src/main/resources/logback.xml")))
                .contains("<logger name=\"dev.kunai.access\" level=\"OFF\"/>")
                .contains("<logger name=\"org.hibernate\" level=\"WARN\"/>");
        assertThat(root.resolve("src/test/resources/logback-test.xml")).isRegularFile();
        assertThat(pom.plugins())
                .contains(
                        "org.apache.maven.plugins:maven-compiler-plugin:3.16.0",
                        "org.apache.maven.plugins:maven-surefire-plugin:3.6.1",
                        "org.apache.maven.plugins:maven-jar-plugin:3.5.1",
                        "org.apache.maven.plugins:maven-resources-plugin:3.5.0",
                        "org.codehaus.mojo:exec-maven-plugin:3.7.0")
                .allMatch(p -> p.split(":").length == 3 && !p.endsWith(":"));
        String compiler = "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']/configuration/";
        assertThat(pom.text(compiler + "release")).isEqualTo("21");
        assertThat(pom.text(compiler + "parameters")).isEqualTo("true");
        assertThat(pom.text("/project/build/plugins/plugin[artifactId='exec-maven-plugin']/configuration/mainClass"))
                .isEqualTo("${kunai.mainClass}");
        assertThat(
                        pom.text(
                                "/project/build/plugins/plugin[artifactId='maven-jar-plugin']/configuration/archive/manifest/mainClass"))
                .isEqualTo("${kunai.mainClass}");

        assertThat(Files.readString(root.resolve("mvnw"))).isEqualTo(Files.readString(repo().resolve("mvnw")));
        assertThat(Files.readString(root.resolve("mvnw.cmd"))).isEqualTo(Files.readString(repo().resolve("mvnw.cmd")));
        assertThat(Files.readString(root.resolve(".mvn/wrapper/maven-wrapper.properties")))
                .isEqualTo(Files.readString(repo().resolve(".mvn/wrapper/maven-wrapper.properties")));
        assertThat(Files.getPosixFilePermissions(root.resolve("mvnw"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.readAllLines(root.resolve(".gitignore"))).containsExactly("target/", "/data/");
        assertThat(Files.readString(root.resolve("src/main/resources/kunai.properties")))
                .contains("server.port=8000", "# database.url=");
        assertThat(Files.readString(root.resolve("README.md"))).contains("./mvnw -q compile exec:java", "./mvnw test");
        assertThat(Files.readString(root.resolve("src/main/java/org/acme/shop/ShopApp.java")))
                .contains("package org.acme.shop;", "title(\"Shop API\")", "// app.database(");
    }

    /** Opt-in (tag maven-it, see kunai-app/pom.xml): needs the kunai artifacts in ~/.m2 from ./mvnw install. */
    @Test
    @org.junit.jupiter.api.Tag("maven-it")
    void realMavenBuildOfTheGeneratedProjectWhenAskedFor() throws Exception {
        Path root = temp.resolve("mysite");
        assertThat(kunai("startproject", "mysite", "--directory", root.toString()))
                .isZero();
        assertThat(kunai("startapp", "notes", "--directory", root.toString())).isZero();
        ProcessBuilder maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-o", "-q", "-B", "verify")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("maven.log").toFile());
        maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = maven.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES))
                .as("mvn verify finished")
                .isTrue();
        String log = Files.readString(temp.resolve("maven.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(root.resolve("target/mysite.jar")).exists();
        try (Stream<Path> reports = Files.list(root.resolve("target/surefire-reports"))) {
            assertThat(reports.filter(p -> p.toString().endsWith(".txt")).toList())
                    .hasSize(2);
        }
        Process jar = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        "target/mysite.jar",
                        "openapi")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        String document = new String(jar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jar.waitFor()).as(document).isZero();
        assertThat(document).contains("\"title\" : \"Mysite API\"", "/api/notes/");
    }

    private static int kunai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = KunaiCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(err.toString()).as("kunai " + List.of(args) + " errors").isEmpty();
        return status;
    }

    /** The repository root (kunai-app's parent), whose wrapper files the project copies. */
    private static Path repo() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
