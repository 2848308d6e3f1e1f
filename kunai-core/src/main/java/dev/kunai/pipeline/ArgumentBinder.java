package dev.kunai.pipeline;

import dev.kunai.validation.Errors;

/** Produces one handler argument from the exchange, recording problems in {@code errors}. Built at start-up. */
@FunctionalInterface
interface ArgumentBinder {

    /** The argument value (null when an error was recorded). */
    Object bind(Exchange exchange, Errors errors);
}
