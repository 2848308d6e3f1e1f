package dev.kunai.contributor;

import dev.kunai.http.RequestContext;

/** The contributed inputs bound for one request, and the request itself. */
public interface InputValues {

    /** The bound (and validated) value of {@code input}. */
    <T> T get(Input<T> input);

    /** The request's context (headers, attributes such as the principal). */
    RequestContext context();
}
