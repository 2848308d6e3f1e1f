package dev.kunai.contributor;

/**
 * Changes an operation while it is being defined, once, at start-up (Django Ninja's
 * {@code _ninja_contribute_to_operation}): adds inputs that are bound, validated and documented but are not
 * handler parameters, documented responses and metadata, and wraps the handler's result — what a
 * {@code @Paginate} decorator needs to turn {@code List<T>} into a page. Contributors run before the stages
 * are created, so stages see what they added. Register one with {@code FeatureSetup.contributor(...)}.
 */
@FunctionalInterface
public interface OperationContributor {

    /** Looks at {@code operation} (its model, result type, annotations) and adds to it; may do nothing. */
    void contribute(OperationContribution operation);
}
