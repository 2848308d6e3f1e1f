package dev.kunai.app.cli;

/** A mistake by the user of the {@code kunai} command (bad name, existing directory, ...): reported as one line, exit status 1. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
