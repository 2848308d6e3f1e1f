/**
 * The commands every application's main class answers (Django's {@code manage.py}): {@code runserver},
 * {@code migrate}, {@code makemigrations}, {@code showmigrations}, {@code openapi}, and how their failures are told to
 * the user in one line.
 */
package dev.kunai.app.commands;
