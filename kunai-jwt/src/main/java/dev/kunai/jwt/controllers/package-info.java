/**
 * The token operations with django-ninja-jwt's paths and bodies: {@code /token/pair}, {@code /token/refresh},
 * {@code /token/verify}, {@code /token/blacklist}, {@code /token/sliding} and {@code /token/sliding/refresh}.
 */
package dev.kunai.jwt.controllers;
