package dev.kunai.testfixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What is written to {@code System.err} while a test provokes a failure on purpose: slf4j-simple, the test
 * logging backend of the library modules, looks {@code System.err} up at every line, so the log lines of a
 * provoked failure are captured here and asserted instead of reaching the test run's output. Shared with
 * kunai-jetty's tests through kunai-core's test jar.
 */
public final class StandardError {

    /** Code that provokes the failure. */
    @FunctionalInterface
    public interface Provocation {
        /**
         * Runs the provoking code.
         *
         * @throws Exception whatever the test's own steps throw
         */
        void run() throws Exception;
    }

    private StandardError() {}

    /**
     * Runs {@code provocation} with {@code System.err} replaced and returns what was written to it (UTF-8). Lines
     * that other threads log meanwhile land here too; captures are serialised.
     *
     * @throws Exception what {@code provocation} throws, after {@code System.err} is restored
     */
    public static synchronized String capture(Provocation provocation) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            provocation.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
