/**
 * Development autoreload for {@code runserver}: the application runs in a child JVM that is restarted when the
 * project's sources change and still compile.
 */
package dev.kunai.app.reload;
