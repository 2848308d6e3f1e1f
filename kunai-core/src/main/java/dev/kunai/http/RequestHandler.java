package dev.kunai.http;

/**
 * What a server adapter calls for every request: the whole Kunai pipeline behind one method. It never
 * throws for a client's mistake; every outcome, errors included, is an {@link HttpResponse}.
 */
@FunctionalInterface
public interface RequestHandler {

    /** Handles one request on the calling (virtual) thread and returns the complete response. */
    HttpResponse handle(HttpRequest request);
}
