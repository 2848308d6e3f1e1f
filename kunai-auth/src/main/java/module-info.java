/**
 * Django's {@code contrib.auth} for Kunai: users, groups and permissions, password hashers, sessions, CSRF and the
 * authenticators and permissions that read them. {@code dev.kunai.auth.commands} ({@code createsuperuser},
 * {@code changepassword}) is internal: its commands are services. See {@code docs/architecture.md#modules}.
 */
// "requires-automatic": Spring Security Crypto is an automatic module that names itself in its manifest
// (spring.security.crypto).
@SuppressWarnings("requires-automatic")
module dev.kunai.auth {
    requires transitive dev.kunai.app;
    requires transitive dev.kunai.core;
    requires transitive dev.kunai.data;
    requires jakarta.inject;
    requires jakarta.persistence;
    requires spring.security.crypto;

    exports dev.kunai.auth;
    exports dev.kunai.auth.authenticators;
    exports dev.kunai.auth.csrf;
    exports dev.kunai.auth.hashers;
    exports dev.kunai.auth.permissions;
    exports dev.kunai.auth.sessions;
    exports dev.kunai.auth.users;

    // Hibernate reads and writes the entities' fields; the core and Guice build the session controller; picocli
    // reads the commands; Flyway finds the SQL migrations (resources of an open package).
    opens dev.kunai.auth.commands to
            info.picocli;
    opens dev.kunai.auth.migration;
    opens dev.kunai.auth.sessions;
    opens dev.kunai.auth.users;

    provides dev.kunai.app.commands.ProjectCommand with
            dev.kunai.auth.commands.UserCommands.CreateSuperuser,
            dev.kunai.auth.commands.UserCommands.ChangePassword;
}
