package dev.kunai.auth.commands;

import dev.kunai.app.KunaiApp;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the user-management commands share: the application's users, prompts, and password rules. */
abstract class UserCommand {

    final KunaiApp app;
    private BufferedReader input;
    private boolean fromConsole = true;

    UserCommand(KunaiApp app) {
        this.app = app;
    }

    /** Runs {@code work} with the users of the application's primary database, then closes it. */
    <T> T withUsers(Function<Users, T> work) {
        Db db = app.openDb().orElseThrow(() -> new IllegalStateException("This project has no database configured"));
        try (db) {
            if (!db.sessionFactory().getMetamodel().getEntities().stream()
                    .anyMatch(e -> e.getJavaType() == User.class)) {
                throw new IllegalStateException(
                        "kunai-auth's User is not among the database's entities: configure it with KunaiAuth.install(database)");
            }
            return work.apply(new Users(db));
        }
    }

    /** Reads answers from {@code reader} instead of the terminal (for scripted use and tests). */
    void input(BufferedReader reader) {
        this.input = reader;
        this.fromConsole = false;
    }

    /** Asks for a line ({@code null} at end of input). */
    String prompt(String question) {
        Console console = fromConsole ? System.console() : null;
        if (console != null) {
            return console.readLine("%s", question);
        }
        out().print(question);
        out().flush();
        return readLine();
    }

    /** Asks for a password without echo when a terminal is attached. */
    String promptPassword(String question) {
        Console console = fromConsole ? System.console() : null;
        if (console != null) {
            char[] chars = console.readPassword("%s", question);
            return chars == null ? null : new String(chars);
        }
        out().print(question);
        out().flush();
        return readLine();
    }

    private String readLine() {
        try {
            if (input == null) {
                input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks for a password twice until both agree and it passes {@link #problems}; empty after three failures. */
    Optional<String> askNewPassword(String username) {
        for (int attempt = 0; attempt < 3; attempt++) {
            String first = promptPassword("Password: ");
            String second = promptPassword("Password (again): ");
            if (first == null || second == null) {
                return Optional.empty();
            }
            if (!first.equals(second)) {
                out().println("Error: Your passwords didn't match.");
                continue;
            }
            List<String> problems = problems(first, username);
            if (problems.isEmpty()) {
                return Optional.of(first);
            }
            problems.forEach(p -> out().println("Error: " + p));
        }
        return Optional.empty();
    }

    /**
     * What is wrong with {@code password} for {@code username} (Django's default validators in brief): at least
     * 8 characters, not only digits, not the username.
     */
    static List<String> problems(String password, String username) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        if (password.length() < 8) {
            problems.add("This password is too short. It must contain at least 8 characters.");
        }
        if (!password.isEmpty() && password.chars().allMatch(Character::isDigit)) {
            problems.add("This password is entirely numeric.");
        }
        if (password.equalsIgnoreCase(username)) {
            problems.add("The password is too similar to the username.");
        }
        return problems;
    }

    PrintStream out() {
        return System.out;
    }
}
