package dev.kunai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kunai} command's help, messages and refusals (nothing is written when a command is refused). */
class KunaiCliTest {

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {}

    private static Run kunai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = KunaiCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpEverywhere() {
        Run top = kunai("--help");
        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("Usage: kunai", "startproject", "startapp");
        Run project = kunai("startproject", "--help");
        assertThat(project.status()).isZero();
        assertThat(project.out()).contains("Usage: kunai startproject", "--package", "--directory", "NAME");
        Run app = kunai("help", "startapp");
        assertThat(app.status()).isZero();
        assertThat(app.out()).contains("Usage: kunai startapp", "--directory", "--model", "--no-register");
        assertThat(kunai("--version").out()).startsWith("kunai ").doesNotContain("${");
    }

    @Test
    void badUsageIsExitStatus2WithUsage() {
        Run missing = kunai("startproject");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'NAME'", "Usage: kunai startproject");
        assertThat(kunai("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void invalidNamesAreRefused() {
        for (String name : new String[] {"my-site", "1site", "class", "my site", "x".repeat(65)}) {
            Run run =
                    kunai("startproject", name, "--directory", temp.resolve("p").toString());
            assertThat(run.status()).as(name).isEqualTo(1);
            assertThat(run.err()).as(name).startsWith("Error: '" + name + "' is not a valid project name");
        }
        Run badPackage = kunai(
                "startproject",
                "mysite",
                "--package",
                "com.example.new",
                "--directory",
                temp.resolve("p").toString());
        assertThat(badPackage.err()).startsWith("Error: 'com.example.new' is not a valid Java package name");
        assertThat(temp.resolve("p")).doesNotExist();
    }

    @Test
    void anExistingNonEmptyDirectoryIsRefused() throws Exception {
        Path target = temp.resolve("taken");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "mine");
        Run run = kunai("startproject", "mysite", "--directory", target.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Error: Directory " + target + " already exists and is not empty" + System.lineSeparator());
        try (var files = Files.list(target)) {
            assertThat(files.toList()).containsExactly(target.resolve("notes.txt"));
        }
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(kunai("startproject", "mysite", "--directory", empty.toString())
                        .status())
                .isZero();
        assertThat(empty.resolve("pom.xml")).exists();
    }

    @Test
    void startappOutsideAProjectOrTwiceIsRefused() {
        Run outside = kunai("startapp", "notes", "--directory", temp.toString());
        assertThat(outside.status()).isEqualTo(1);
        assertThat(outside.err()).startsWith("Error: No pom.xml in " + temp);

        Path project = temp.resolve("mysite");
        assertThat(kunai("startproject", "mysite", "--directory", project.toString())
                        .status())
                .isZero();
        Run first = kunai("startapp", "notes", "--directory", project.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out())
                .contains(
                        "Created app notes in package com.example.mysite.notes",
                        "MysiteApp.java: registered NoteController",
                        "MysiteApp.java: turned the database on",
                        "makemigrations");
        Run again = kunai("startapp", "notes", "--directory", project.toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).startsWith("Error: App 'notes' already exists at ");
        Run clash = kunai("startapp", "lists", "--directory", project.toString());
        assertThat(clash.err()).contains("The model name 'List' clashes");
        assertThat(kunai("startapp", "people", "--model", "Person", "--directory", project.toString())
                        .status())
                .isZero();
        assertThat(project.resolve("src/main/java/com/example/mysite/people/PersonController.java"))
                .exists();
    }

    @Test
    void startappFindsTheMainClassWithoutThePomProperty() throws Exception {
        Path project = temp.resolve("site");
        assertThat(kunai("startproject", "site", "--package", "org.acme.site", "--directory", project.toString())
                        .status())
                .isZero();
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceAll("(?s)<kunai\\.mainClass>.*?</kunai\\.mainClass>", ""));
        Run run = kunai("startapp", "orders", "--directory", project.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(project.resolve("src/main/java/org/acme/site/orders/Order.java"))
                .exists();
        assertThat(Files.readString(project.resolve("src/main/java/org/acme/site/SiteApp.java")))
                .contains(
                        "import org.acme.site.orders.OrderController;", "HelloController.class, OrderController.class");
    }

    @Test
    void noRegisterLeavesTheMainClassAloneAndSaysWhatToAdd() throws Exception {
        Path project = temp.resolve("mysite");
        kunai("startproject", "mysite", "--directory", project.toString());
        Path main = project.resolve("src/main/java/com/example/mysite/MysiteApp.java");
        String before = Files.readString(main);
        Run run = kunai("startapp", "notes", "--no-register", "--directory", project.toString());
        assertThat(run.status()).isZero();
        assertThat(Files.readString(main)).isEqualTo(before);
        assertThat(run.out())
                .contains(
                        "Left MysiteApp.java unchanged",
                        "add NoteController.class to the API's controllers(...) and import com.example.mysite.notes.NoteController",
                        "configure the database: app.database(");
    }

    @Test
    void anUnfamiliarMainClassIsNotEditedButExplained() throws Exception {
        Path project = temp.resolve("mysite");
        kunai("startproject", "mysite", "--directory", project.toString());
        Path main = project.resolve("src/main/java/com/example/mysite/MysiteApp.java");
        String custom =
                Files.readString(main).replace(".controllers(HelloController.class)", ".controllers(controllers())");
        Files.writeString(main, custom);
        Run run = kunai("startapp", "notes", "--directory", project.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(
                        "does not have the shape startproject writes",
                        "add NoteController.class to the API's controllers(...)",
                        "turned the database on");
        assertThat(Files.readString(main))
                .contains(".controllers(controllers())")
                .doesNotContain("NoteController");
    }
}
