/**
 * A project's settings (Django's {@code settings.py}): {@code kunai.properties}, overridden by a local file and by
 * environment variables.
 */
package dev.kunai.app.settings;
