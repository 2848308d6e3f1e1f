package dev.kunai.app;

/**
 * Start-up logging defaults. The application chooses the SLF4J backend: the project template and the examples
 * take Logback with a {@code logback.xml}; for an application that takes slf4j-simple instead, the same defaults are
 * set here as system properties (each overridable with a -D system property).
 */
final class Logging {

    private Logging() {}

    static void configureDefaults() {
        setIfAbsent("org.jboss.logging.provider", "slf4j");
        // Guice's bytecode generation calls sun.misc.Unsafe on JDK 24+; Kunai needs no AOP, so switch it off.
        setIfAbsent("guice_bytecode_gen_option", "DISABLED");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        for (String noisy : new String[] {"org.hibernate", "com.zaxxer.hikari", "org.eclipse.jetty", "org.flywaydb"}) {
            setIfAbsent("org.slf4j.simpleLogger.log." + noisy, "warn");
        }
        setIfAbsent("org.slf4j.simpleLogger.log.org.flywaydb.core.internal.command", "info");
        // runserver prints "Kunai listening on ..." to standard output itself (whatever the log level).
        setIfAbsent("org.slf4j.simpleLogger.log.dev.kunai.jetty.JettyServer", "warn");
        // The access log (one line per request) is off unless asked for:
        // -Dorg.slf4j.simpleLogger.log.dev.kunai.access=info
        setIfAbsent("org.slf4j.simpleLogger.log.dev.kunai.access", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
