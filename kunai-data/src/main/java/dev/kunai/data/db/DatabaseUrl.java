package dev.kunai.data.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A database location parsed from a Django-style URL ({@code postgres://user:pass@host:5432/db},
 * {@code h2:file:./data/app}, {@code h2:mem:name}) or a plain {@code jdbc:} URL.
 *
 * @param jdbcUrl  the JDBC URL handed to the pool
 * @param user     the user name, if the URL names one
 * @param password the password, if the URL names one
 * @param kind     which database product it is
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password, Kind kind) {

    /** The database products Kunai ships drivers and dialect support for. */
    public enum Kind {
        /** H2, in memory or in a file. */
        H2,
        /** PostgreSQL. */
        POSTGRESQL,
        /** Anything else reached through a plain {@code jdbc:} URL. */
        OTHER
    }

    private static final String FORMS =
            "use postgres://user:pass@host:5432/db, h2:file:./data/app, h2:mem:name or a jdbc: URL";

    /** Parses {@code url}, or throws a {@link DatabaseException} with a one-line message naming the problem. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw DatabaseException.of("Empty database URL: " + FORMS);
        }
        String text = url.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            Kind kind = lower.startsWith("jdbc:h2:")
                    ? Kind.H2
                    : lower.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.OTHER;
            return new DatabaseUrl(text, Optional.empty(), Optional.empty(), kind);
        }
        if (lower.startsWith("h2:mem:") || lower.startsWith("h2:file:")) {
            String rest = text.substring(3);
            if (rest.indexOf(':') == rest.length() - 1) {
                throw DatabaseException.of("Database URL '" + text + "' names no database: " + FORMS);
            }
            String jdbc = "jdbc:h2:" + rest;
            if (lower.startsWith("h2:mem:") && !lower.contains("db_close_delay")) {
                jdbc += ";DB_CLOSE_DELAY=-1";
            }
            return new DatabaseUrl(jdbc, Optional.empty(), Optional.empty(), Kind.H2);
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return parsePostgres(text);
        }
        throw DatabaseException.of("Unsupported database URL '" + masked(text) + "': " + FORMS);
    }

    private static DatabaseUrl parsePostgres(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw DatabaseException.of(
                    "Malformed database URL '" + masked(text) + "' (" + e.getReason() + "): " + FORMS);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw DatabaseException.of("Database URL '" + masked(text) + "' names no host: " + FORMS);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() <= 1) {
            throw DatabaseException.of("Database URL '" + masked(text) + "' names no database (add /dbname): " + FORMS);
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://")
                .append(uri.getHost())
                .append(':')
                .append(port)
                .append(path);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = Optional.of(decode(colon < 0 ? info : info.substring(0, colon)));
            password = colon < 0 ? Optional.empty() : Optional.of(decode(info.substring(colon + 1)));
        }
        return new DatabaseUrl(jdbc.toString(), user, password, Kind.POSTGRESQL);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** {@code url} with any password replaced by {@code ***}, safe to print. */
    public static String masked(String url) {
        return url.replaceAll("(://[^:/@]+):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The JDBC URL with any password masked, safe to print. */
    public String display() {
        return masked(jdbcUrl);
    }
}
