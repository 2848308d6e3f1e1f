package dev.kunai.data.model;

import dev.kunai.pagination.LimitOffsetPagination;
import java.util.Optional;

/**
 * The schema types of one model controller, resolved against its class once at start-up.
 *
 * @param out the response schema
 * @param in  the payload schema of create/PUT/PATCH, when the controller writes
 */
public record ModelTypes(Class<?> out, Optional<Class<? extends Record>> in) {

    /** The default paginator of model lists: limit/offset, 100 by default, at most 1000. */
    static final LimitOffsetPagination PAGES = LimitOffsetPagination.of(100, 1000);
}
