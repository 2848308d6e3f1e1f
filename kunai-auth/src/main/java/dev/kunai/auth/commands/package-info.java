/**
 * The user-management project commands (Django's {@code createsuperuser} and {@code changepassword}), registered with
 * every application that has kunai-auth on its class path.
 */
package dev.kunai.auth.commands;
