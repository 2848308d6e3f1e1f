package dev.kunai.auth.commands;

import dev.kunai.app.KunaiApp;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code changepassword <username>}: sets a user's password, asking for it twice (Django's command). */
@Command(name = "changepassword", mixinStandardHelpOptions = true, description = "Changes a user's password.")
final class ChangePasswordCommand extends UserCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USERNAME", description = "whose password to change")
    String username;

    ChangePasswordCommand(KunaiApp app) {
        super(app);
    }

    @Override
    public Integer call() {
        return withUsers(users -> {
            if (users.byUsername(username).isEmpty()) {
                System.err.println("Error: user '" + username + "' does not exist");
                return 1;
            }
            out().println("Changing password for user '" + username + "'");
            Optional<String> password = askNewPassword(username);
            if (password.isEmpty()) {
                System.err.println("Error: no valid password given; the password is unchanged");
                return 1;
            }
            users.setPassword(username, password.get());
            out().println("Password changed successfully for user '" + username + "'");
            return 0;
        });
    }
}
