package dev.kunai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The main-class edits startapp makes, and the ones it refuses to guess. */
class MainClassEditorTest {

    private static final String MAIN = """
            package com.example.site;

            import dev.kunai.KunaiApi;
            import dev.kunai.app.Kunai;

            public final class SiteApp {
                public static final KunaiApi API = KunaiApi.builder().title("Site API")
                        .controllers(HelloController.class)
                        .build();

                public static KunaiApp app() {
                    KunaiApp app = Kunai.app().mount("/api/", API);
                    // app.database(Database.of("h2:mem:x").packages("com.example.site"));
                    return app;
                }
            }
            """;

    @Test
    void registersTheControllerAndTurnsTheDatabaseOn() {
        var result = MainClassEditor.register(MAIN, "com.example.site.notes.NoteController", "com.example.site");
        assertThat(result.todo()).isEmpty();
        assertThat(result.source())
                .contains(".controllers(HelloController.class, NoteController.class)")
                .contains("import com.example.site.notes.NoteController;\nimport dev.kunai.KunaiApi;")
                .contains("import dev.kunai.app.Kunai;\nimport dev.kunai.data.db.Database;\n")
                .contains("\n        app.database(Database.of(\"h2:mem:x\").packages(\"com.example.site\"));\n");
        var again =
                MainClassEditor.register(result.source(), "com.example.site.notes.NoteController", "com.example.site");
        assertThat(again.source()).isEqualTo(result.source());
        assertThat(again.done())
                .containsExactly("NoteController was already registered", "the database was already configured");
        assertThat(again.steps()).isEmpty();
    }

    @Test
    void aSimpleNameAlreadyImportedFromElsewhereIsWrittenInFull() {
        String main = MAIN.replace(
                "import dev.kunai.app.Kunai;", "import dev.kunai.app.Kunai;\nimport org.other.NoteController;");
        var result = MainClassEditor.register(main, "com.example.site.notes.NoteController", "com.example.site");
        assertThat(result.source())
                .contains(".controllers(HelloController.class, com.example.site.notes.NoteController.class)")
                .doesNotContain("import com.example.site.notes.NoteController;");
    }

    @Test
    void twoControllerListsOrAnExpressionAreLeftAlone() {
        String twoApis = MAIN.replace(
                ".build();",
                ".build();\n    static final KunaiApi ADMIN = KunaiApi.builder().controllers(A.class).build();");
        var result = MainClassEditor.register(twoApis, "com.example.site.notes.NoteController", "com.example.site");
        assertThat(result.source()).doesNotContain("NoteController");
        assertThat(result.todo()).hasSize(1).allMatch(s -> s.startsWith("add NoteController.class"));

        String noDatabaseLine = MAIN.replace(
                "        // app.database(Database.of(\"h2:mem:x\").packages(\"com.example.site\"));\n", "");
        var noDb =
                MainClassEditor.register(noDatabaseLine, "com.example.site.notes.NoteController", "com.example.site");
        assertThat(noDb.todo())
                .singleElement()
                .asString()
                .startsWith("configure the database")
                .contains("\"com.example.site\"");
        assertThat(noDb.source()).doesNotContain("import dev.kunai.data.db.Database;");
    }

    @Test
    void importsGoInSortedPlaceOrAfterThePackage() {
        assertThat(MainClassEditor.addImport("package a;\n\nclass X {}\n", "b.C"))
                .isEqualTo("package a;\n\nimport b.C;\n\nclass X {}\n");
        assertThat(MainClassEditor.addImport("package a;\r\nimport z.Z;\r\n", "b.C"))
                .isEqualTo("package a;\r\nimport b.C;\r\nimport z.Z;\r\n");
        assertThat(MainClassEditor.addImport("package a;\nimport b.C;\n", "b.C"))
                .isEqualTo("package a;\nimport b.C;\n");
    }
}
