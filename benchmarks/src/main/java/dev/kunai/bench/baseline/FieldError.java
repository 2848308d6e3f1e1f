package dev.kunai.bench.baseline;

import java.util.List;

/** One entry of a 422 body: {@code {"type": "missing", "loc": ["body", "payload", "title"], "msg": "..."}}. */
record FieldError(String type, List<Object> loc, String msg) {

    /** Keeps an immutable copy of the location. */
    FieldError {
        loc = List.copyOf(loc);
    }
}
