/**
 * The application runner: {@code Kunai.app()}, settings, the project's manage commands (with the
 * {@link dev.kunai.app.commands.ProjectCommand} SPI), autoreload and the {@code kunai} command's project templates.
 * {@code dev.kunai.app.cli} ({@code startproject}, {@code startapp}) and {@code dev.kunai.app.reload} are internal.
 * See {@code docs/architecture.md#modules}.
 */
// "requires-automatic": directory-watcher has no Automatic-Module-Name, so its name (directory.watcher) is derived
// from the jar's file name (directory-watcher-<version>.jar).
@SuppressWarnings("requires-automatic")
module dev.kunai.app {
    requires transitive dev.kunai.core;
    requires transitive dev.kunai.data;
    requires transitive info.picocli;
    requires dev.kunai.jetty;
    requires directory.watcher;
    requires java.compiler;
    requires java.xml;
    requires org.slf4j;

    exports dev.kunai.app;
    exports dev.kunai.app.commands;
    exports dev.kunai.app.settings;

    // picocli reads the commands' annotated fields and methods.
    opens dev.kunai.app.cli to
            info.picocli;
    opens dev.kunai.app.commands to
            info.picocli;

    uses dev.kunai.app.commands.ProjectCommand;
}
