package dev.kunai.test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * What a command wrote while it ran, for tests that assert a command's messages instead of letting them reach the
 * test run's own output: its exit status and everything written to {@code System.out} and {@code System.err}.
 *
 * <pre>{@code
 * CommandOutput run = CommandOutput.capture(() -> ManageCommand.execute(app, "createsuperuser", "--noinput"));
 * assertThat(run.status()).isEqualTo(1);
 * assertThat(run.err()).startsWith("Error: set KUNAI_SUPERUSER_PASSWORD");
 * }</pre>
 *
 * @param status the command's exit status (0 done, 1 failed, 2 bad usage for Kunai's commands)
 * @param out    what was written to standard output, decoded as UTF-8
 * @param err    what was written to standard error, decoded as UTF-8
 */
public record CommandOutput(int status, String out, String err) {

    /**
     * Runs {@code command} with {@code System.out} and {@code System.err} replaced, and puts them back afterwards.
     * The streams are JVM-wide: captures are serialised, and output written meanwhile by other threads is captured
     * too.
     *
     * @param command returns the exit status
     * @return the status and the captured output
     * @throws Exception what {@code command} throws (the streams are restored first)
     */
    public static synchronized CommandOutput capture(Callable<Integer> command) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int status = command.call();
            return new CommandOutput(
                    status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
