package dev.kunai.stage;

/**
 * Where a stage runs in an operation's pipeline. The order is fixed and named, like Django Ninja's
 * auth → throttle checks and Ninja Extra's permission classes: {@code AUTH → PERMISSIONS → THROTTLE →
 * BEFORE_BIND}, then the operation binds and validates its inputs, invokes the handler and writes the result.
 * Stages in the same slot run in registration order.
 */
public enum StageSlot {
    /** Identifies the caller (401 when no credentials match); the principal goes into the context. */
    AUTH,
    /** Decides whether the identified caller may run the operation (403). */
    PERMISSIONS,
    /** Limits how often a caller may run the operation (429 with {@code Retry-After}). */
    THROTTLE,
    /** Anything else that must run before the request's inputs are read (e.g. CSRF, media-type checks). */
    BEFORE_BIND
}
