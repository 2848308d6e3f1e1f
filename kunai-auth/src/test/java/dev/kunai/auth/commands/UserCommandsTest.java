package dev.kunai.auth.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.app.commands.ManageCommand;
import dev.kunai.app.settings.Settings;
import dev.kunai.auth.KunaiAuth;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.test.CommandOutput;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** createsuperuser and changepassword against a real H2 file database built by the migrations. */
class UserCommandsTest {

    @TempDir
    Path dir;

    private KunaiApp app(Map<String, String> settings) {
        return Kunai.app()
                .settings(Settings.of(settings, name -> null))
                .database(KunaiAuth.install(Database.of("h2:file:" + dir.resolve("db"))));
    }

    private Optional<User> withUsers(Function<Users, Optional<User>> work) {
        try (Db db = Db.open(
                KunaiAuth.install(Database.of("h2:file:" + dir.resolve("db"))).applyMigrations(true))) {
            return work.apply(new Users(db));
        }
    }

    @Test
    void createsuperuserWithoutInputTakesThePasswordFromTheSettings() throws Exception {
        KunaiApp app = app(Map.of("superuser.password", "admin-secret-1"));

        CommandOutput run = CommandOutput.capture(() -> ManageCommand.execute(
                app, "createsuperuser", "--noinput", "--username", "admin", "--email", "a@example.com"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Superuser created successfully." + System.lineSeparator());
        Optional<User> admin = withUsers(users -> users.authenticate("admin", "admin-secret-1"));
        assertThat(admin).isPresent();
        assertThat(admin.get().isSuperuser()).isTrue();
        assertThat(admin.get().isStaff()).isTrue();
        assertThat(admin.get().email()).isEqualTo("a@example.com");
        // the same name again is refused
        CommandOutput again = CommandOutput.capture(
                () -> ManageCommand.execute(app, "createsuperuser", "--noinput", "--username", "admin"));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("Error: That username is already taken." + System.lineSeparator());
    }

    @Test
    void createsuperuserWithoutInputRefusesAMissingOrWeakPassword() throws Exception {
        CommandOutput missing = CommandOutput.capture(
                () -> ManageCommand.execute(app(Map.of()), "createsuperuser", "--noinput", "--username", "admin"));
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: set KUNAI_SUPERUSER_PASSWORD (the superuser.password setting)");
        CommandOutput weak = CommandOutput.capture(() -> ManageCommand.execute(
                app(Map.of("superuser.password", "1234")), "createsuperuser", "--noinput", "--username", "admin"));
        assertThat(weak.status()).isEqualTo(1);
        assertThat(weak.err())
                .contains("Error: This password is too short. It must contain at least 8 characters.")
                .contains("Error: This password is entirely numeric.");
        assertThat(withUsers(users -> users.byUsername("admin"))).isEmpty();
    }

    @Test
    void interactiveCreationAsksTwiceAndRetriesOnAMismatch() throws Exception {
        CreateSuperuserCommand command = new CreateSuperuserCommand(app(Map.of()));
        command.input(new BufferedReader(new StringReader(
                "root\nroot@example.com\nfirst-try-pw\nsecond-try-pw\ngood-password-9\ngood-password-9\n")));

        CommandOutput run = CommandOutput.capture(command::call);
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Error: Your passwords didn't match.")
                .endsWith("Superuser created successfully." + System.lineSeparator());
        assertThat(withUsers(users -> users.authenticate("root", "good-password-9")))
                .isPresent();
    }

    @Test
    void changepasswordReplacesThePassword() throws Exception {
        KunaiApp app = app(Map.of("superuser.password", "admin-secret-1"));
        CommandOutput.capture(() -> ManageCommand.execute(app, "createsuperuser", "--noinput", "--username", "admin"));

        ChangePasswordCommand command = new ChangePasswordCommand(app);
        command.username = "admin";
        command.input(new BufferedReader(new StringReader("a-new-password\na-new-password\n")));
        CommandOutput changed = CommandOutput.capture(command::call);
        assertThat(changed.status()).isZero();
        assertThat(changed.out())
                .startsWith("Changing password for user 'admin'")
                .endsWith("Password changed successfully for user 'admin'" + System.lineSeparator());

        assertThat(withUsers(users -> users.authenticate("admin", "admin-secret-1")))
                .isEmpty();
        assertThat(withUsers(users -> users.authenticate("admin", "a-new-password")))
                .isPresent();

        ChangePasswordCommand unknown = new ChangePasswordCommand(app);
        unknown.username = "nobody";
        CommandOutput refused = CommandOutput.capture(unknown::call);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Error: user 'nobody' does not exist" + System.lineSeparator());
    }
}
