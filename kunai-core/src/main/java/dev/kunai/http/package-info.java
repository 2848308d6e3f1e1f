/**
 * The server-neutral HTTP model: requests, responses, headers, methods, uploaded files and {@link dev.kunai.http.HttpError}
 * (Ninja's {@code HttpError}) to answer a status from anywhere in a request.
 */
package dev.kunai.http;
