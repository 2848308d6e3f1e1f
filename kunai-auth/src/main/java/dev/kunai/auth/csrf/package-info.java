/**
 * Cross-site request forgery protection for cookie credentials (Django's {@code CsrfViewMiddleware}): unsafe requests
 * must echo the {@code csrftoken} cookie in a header.
 */
package dev.kunai.auth.csrf;
