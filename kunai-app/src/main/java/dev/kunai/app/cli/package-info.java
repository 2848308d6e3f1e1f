/**
 * The {@code kunai} command (Django's {@code django-admin}): {@code startproject} and {@code startapp} generate a
 * project or an app from templates and register the app in the project's main class.
 */
package dev.kunai.app.cli;
