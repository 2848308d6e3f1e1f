package dev.kunai.schema;

import java.util.Optional;

/**
 * What another module knows about a record component beyond its annotations, e.g. the column length of
 * the entity attribute a ModelSchema component mirrors. Feeds the OpenAPI document.
 *
 * @param maxLength the longest allowed string, if known
 * @param nullable  whether null is allowed, if known
 */
public record ComponentFacts(Optional<Integer> maxLength, Optional<Boolean> nullable) {

    /** Facts that say nothing. */
    public static ComponentFacts none() {
        return new ComponentFacts(Optional.empty(), Optional.empty());
    }
}
