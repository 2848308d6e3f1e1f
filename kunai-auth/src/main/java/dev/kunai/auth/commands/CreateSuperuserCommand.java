package dev.kunai.auth.commands;

import dev.kunai.app.KunaiApp;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code createsuperuser}: creates a staff superuser (Django's command). Interactive by default; with
 * {@code --noinput} the username and email come from the options or the settings {@code superuser.username}
 * / {@code superuser.email}, and the password from the setting {@code superuser.password} (environment
 * {@code KUNAI_SUPERUSER_PASSWORD}), as Django reads {@code DJANGO_SUPERUSER_PASSWORD}.
 */
@Command(name = "createsuperuser", mixinStandardHelpOptions = true, description = "Creates a superuser.")
final class CreateSuperuserCommand extends UserCommand implements Callable<Integer> {

    @Option(names = "--username", description = "the superuser's login name")
    String username;

    @Option(names = "--email", description = "the superuser's email address")
    String email;

    @Option(
            names = {"--noinput", "--no-input"},
            description = "ask nothing; take the password from KUNAI_SUPERUSER_PASSWORD")
    boolean noInput;

    CreateSuperuserCommand(KunaiApp app) {
        super(app);
    }

    @Override
    public Integer call() {
        return noInput ? nonInteractive() : interactive();
    }

    private int nonInteractive() {
        String name = Optional.ofNullable(username)
                .or(() -> app.settings().get("superuser.username"))
                .orElse("");
        String mail = Optional.ofNullable(email)
                .or(() -> app.settings().get("superuser.email"))
                .orElse("");
        Optional<String> password = app.settings().get("superuser.password");
        if (name.isBlank()) {
            System.err.println("Error: give --username (or set KUNAI_SUPERUSER_USERNAME) with --noinput");
            return 1;
        }
        if (password.isEmpty()) {
            System.err.println("Error: set KUNAI_SUPERUSER_PASSWORD (the superuser.password setting) with --noinput");
            return 1;
        }
        List<String> problems = problems(password.get(), name);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("Error: " + p));
            return 1;
        }
        return create(name, mail, password.get());
    }

    private int interactive() {
        String name = username != null ? username : prompt("Username: ");
        if (name == null || name.isBlank()) {
            System.err.println("Error: the username must not be blank");
            return 1;
        }
        String mail = email != null
                ? email
                : Optional.ofNullable(prompt("Email address: ")).orElse("");
        Optional<String> password = askNewPassword(name);
        if (password.isEmpty()) {
            System.err.println("Error: no valid password given");
            return 1;
        }
        return create(name, mail.strip(), password.get());
    }

    private int create(String name, String mail, String password) {
        return withUsers(users -> {
            if (users.byUsername(name).isPresent()) {
                System.err.println("Error: That username is already taken.");
                return 1;
            }
            users.createSuperuser(name, mail, password);
            out().println("Superuser created successfully.");
            return 0;
        });
    }
}
