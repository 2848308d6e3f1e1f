/**
 * The application runner: {@link dev.kunai.app.Kunai#app()} builds a {@link dev.kunai.app.KunaiApp} (Django's project:
 * settings, URLs and {@code manage.py} in one), which mounts APIs and databases and runs the project's commands.
 */
package dev.kunai.app;
