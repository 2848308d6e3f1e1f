/**
 * Kunai's one error format ({@code {"detail": ...}}) and the exception handlers that turn a handler's exceptions into
 * responses (Django Ninja's {@code exception_handler}).
 */
package dev.kunai.errors;
