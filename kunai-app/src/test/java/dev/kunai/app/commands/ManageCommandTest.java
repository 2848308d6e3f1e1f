package dev.kunai.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.data.migrate.MigrationState;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.test.CommandOutput;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project commands' voice: one {@code Error:} line with the next step, {@code --version}, showmigrations. */
class ManageCommandTest {

    @Controller
    public static class PingController {
        @Get("ping")
        public String ping() {
            return "pong";
        }
    }

    private static KunaiApp app() {
        return Kunai.app()
                .mount(
                        "/api/",
                        KunaiApi.builder().controllers(PingController.class).build());
    }

    @Test
    void aBusyPortIsOneLineThatSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CommandOutput output = CommandOutput.capture(
                    () -> ManageCommand.execute(app(), "runserver", "127.0.0.1:" + taken.getLocalPort(), "--noreload"));
            assertThat(output.status()).isEqualTo(1);
            assertThat(output.err().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("Error: the address is already in use")
                    .contains("runserver 8001");
        }
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CommandOutput output = CommandOutput.capture(() -> ManageCommand.execute(
                    app(), "runserver", "127.0.0.1:" + taken.getLocalPort(), "--noreload", "--debug"));
            assertThat(output.status()).isEqualTo(1);
            assertThat(output.err()).contains("\tat ").contains("Error: the address is already in use");
        }
    }

    @Test
    void aBadPortAndAProjectWithoutDatabaseAreOneLine() throws Exception {
        CommandOutput port = CommandOutput.capture(
                () -> ManageCommand.execute(app(), "runserver", "localhost:eighty", "--noreload"));
        assertThat(port.status()).isEqualTo(1);
        assertThat(port.err())
                .isEqualTo("Error: 'eighty' is not a port number; " + RunServerCommand.ADDRESS_HINT
                        + System.lineSeparator());
        CommandOutput typo =
                CommandOutput.capture(() -> ManageCommand.execute(app(), "runserver", "8000x", "--noreload"));
        assertThat(typo.status()).isEqualTo(1);
        assertThat(typo.err())
                .isEqualTo("Error: '8000x' is neither a port number nor a host; " + RunServerCommand.ADDRESS_HINT
                        + System.lineSeparator());
        CommandOutput migrate = CommandOutput.capture(() -> ManageCommand.execute(app(), "migrate"));
        assertThat(migrate.status()).isEqualTo(1);
        assertThat(migrate.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("Error: This project has no database configured: add an app with entities");
    }

    @Test
    void versionAndOneArgumentWithSpaces() throws Exception {
        CommandOutput version = CommandOutput.capture(() -> ManageCommand.execute(app(), "--version"));
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("Kunai 0.").contains("(Java ");
        CommandOutput help = CommandOutput.capture(() -> ManageCommand.execute(app(), "openapi --help"));
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: manage openapi");
        CommandOutput usage = CommandOutput.capture(() -> ManageCommand.execute(app(), "--help"));
        assertThat(usage.status()).isZero();
        assertThat(usage.out()).contains("--debug").contains("Print the stack trace of a failure");
    }

    @Test
    void showmigrationsSpeaksDjango() {
        assertThat(ShowMigrationsCommand.line(new MigrationState("1", "initial", "V1__initial.sql", true, "Success")))
                .isEqualTo("[X] V1__initial");
        assertThat(ShowMigrationsCommand.line(
                        new MigrationState("2", "add notes", "V2__add_notes.sql", false, "Pending")))
                .isEqualTo("[ ] V2__add_notes");
        assertThat(ShowMigrationsCommand.line(new MigrationState("3", "x", "V3__x.sql", false, "Failed")))
                .isEqualTo("[ ] V3__x (Failed)");
    }

    @Test
    void listeningLinesGiveALoopbackUrlForAllInterfaces() {
        List<KunaiApi> apis = List.of(app().apis().getFirst());
        assertThat(RunServerCommand.listening("http://0.0.0.0:8123", apis))
                .containsExactly(
                        "Kunai listening on http://0.0.0.0:8123 (all interfaces; here: http://127.0.0.1:8123)",
                        "API docs: http://127.0.0.1:8123/api/docs");
    }
}
