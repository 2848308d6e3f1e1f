/**
 * JSON Web Tokens for Kunai (django-ninja-jwt on nimbus-jose-jwt): tokens, the JWT authenticator, the refresh-token
 * blacklist and the token operations. {@code dev.kunai.jwt.commands} ({@code flushexpiredtokens}) is internal: its
 * command is a service. See {@code docs/architecture.md#modules}.
 */
module dev.kunai.jwt {
    requires transitive com.nimbusds.jose.jwt;
    requires transitive dev.kunai.auth;
    requires jakarta.inject;
    requires jakarta.persistence;

    exports dev.kunai.jwt;
    exports dev.kunai.jwt.auth;
    exports dev.kunai.jwt.blacklist;
    exports dev.kunai.jwt.controllers;

    // Hibernate reads and writes the blacklist entity; the core and Guice build the token controllers; picocli reads
    // the command; Flyway finds the SQL migrations (resources of an open package).
    opens dev.kunai.jwt.blacklist;
    opens dev.kunai.jwt.commands to
            info.picocli;
    opens dev.kunai.jwt.controllers;
    opens dev.kunai.jwt.migration;

    provides dev.kunai.app.commands.ProjectCommand with
            dev.kunai.jwt.commands.FlushExpiredTokensCommand.Registration;
}
